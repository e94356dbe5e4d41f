import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../src/config.ts'
import { loadData } from '../../src/data-load/load-data.ts'
import { inTransaction } from '../../src/db/pool.ts'
import { LOADED_TABLES } from '../../src/db/sql/data-load.sql.ts'
import { EXPECTED_COUNTS } from '../helpers/expected-counts.ts'
import { createTestPool } from '../helpers/test-app.ts'

const DATA_DIR = path.join(repositoryRoot, 'data')
const TABLES = ['site_at_risk', 'major_site', ...Object.keys(LOADED_TABLES)]

let pool: pg.Pool
beforeAll(() => {
  pool = createTestPool()
})
afterAll(() => pool.end())

/** A digest of every loaded row, to prove that a reload writes back exactly the same content. */
async function contentDigest(): Promise<Record<string, string>> {
  const digests: Record<string, string> = {}
  for (const table of TABLES) {
    const result = await pool.query<{ digest: string }>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) AS digest FROM ${table} t`,
    )
    digests[table] = result.rows[0]?.digest ?? ''
  }
  return digests
}

describe('loadData', () => {
  it('loads every official layer with the expected counts', async () => {
    const summary = await inTransaction(pool, (client) => loadData(client, { dataDir: DATA_DIR }))
    expect(summary.skipped).toBe(true)
    expect(summary.collections).toEqual(EXPECTED_COUNTS)
  })

  it('changes nothing when run again, even when forced', async () => {
    const before = await contentDigest()
    const messages: string[] = []
    const summary = await inTransaction(pool, (client) =>
      loadData(client, { dataDir: DATA_DIR, force: true, progress: (message) => messages.push(message) }),
    )
    expect(summary.skipped).toBe(false)
    expect(summary.collections).toEqual(EXPECTED_COUNTS)
    expect(await contentDigest()).toEqual(before)
    expect(messages.some((message) => message.includes('[load 17/17] protected_site: 83 rows'))).toBe(true)
  })

  it('counts the geometries it repaired and names the commune spellings it could not match', async () => {
    const summary = await inTransaction(pool, (client) =>
      loadData(client, { dataDir: DATA_DIR, force: true }),
    )
    expect(summary.repairedGeometries).toEqual({ buffer_cite: ['10010'] })
    const invalid = await pool.query(
      `SELECT count(*)::int AS count FROM buffer_cite WHERE NOT ST_IsValid(geom)`,
    )
    expect(invalid.rows[0].count).toBe(0)
    expect(summary.unmatchedCommunes).toContain('Enquin-Les-Mines')
    expect(summary.unmatchedCommunes).not.toContain('ANNAY-sous-LENS')
  })

  it('writes nothing when a source is wrong half-way through the load', async () => {
    const before = await contentDigest()
    const brokenData = await mkdtemp(path.join(os.tmpdir(), 'hw-broken-data-'))
    try {
      await cp(DATA_DIR, brokenData, { recursive: true })
      const csv = path.join(brokenData, 'seeds', 'sites_at_risk.csv')
      await writeFile(csv, (await readFile(csv, 'utf8')).replace(',63L,', ',999Z,'))
      await expect(
        inTransaction(pool, (client) => loadData(client, { dataDir: brokenData, force: true })),
      ).rejects.toThrow(/sites_at_risk\.csv: unesco_element_id 999Z matches no element/)
      expect(await contentDigest()).toEqual(before)
    } finally {
      await rm(brokenData, { recursive: true, force: true })
    }
  })

  it('refuses a feature whose properties do not match the source schema, naming file, feature and field', async () => {
    const brokenData = await mkdtemp(path.join(os.tmpdir(), 'hw-broken-data-'))
    try {
      await cp(DATA_DIR, brokenData, { recursive: true })
      const file = path.join(brokenData, 'raw', 'epci.geojson')
      const geojson = JSON.parse(await readFile(file, 'utf8'))
      geojson.features[2].properties.code_siren = 'not-a-siren'
      await writeFile(file, JSON.stringify(geojson))
      await expect(
        inTransaction(pool, (client) => loadData(client, { dataDir: brokenData, force: true })),
      ).rejects.toThrow(/epci\.geojson, feature #2: properties\.code_siren/)
    } finally {
      await rm(brokenData, { recursive: true, force: true })
    }
  })
})

describe('derived values', () => {
  it('computes the share of each ERBM cité inside the property in PostGIS', async () => {
    const result = await pool.query<{ statut_unesco: string; count: number }>(
      'SELECT statut_unesco, count(*)::int AS count FROM erbm_cite GROUP BY 1 ORDER BY 1',
    )
    expect(result.rows).toEqual([
      { statut_unesco: 'non', count: 26 },
      { statut_unesco: 'oui', count: 32 },
      { statut_unesco: 'partiel', count: 1 },
    ])
    const justice = await pool.query('SELECT part_dans_bien, priorite_erbm FROM erbm_cite WHERE id = $1', [
      '565',
    ])
    expect(justice.rows[0].part_dans_bien).toBeGreaterThan(95)
    expect(justice.rows[0].priorite_erbm).toBe('inconnue')
  })

  it('reads the 2016 status of every terril from the official perimeter of the site classé', async () => {
    const result = await pool.query<{ zone: string; classement_2016: string; count: number }>(
      'SELECT zone, classement_2016, count(*)::int AS count FROM terril GROUP BY 1, 2 ORDER BY 1, 2',
    )
    // 58 classé (43 of the 51 property terrils, 15 in the buffer zone; 140 counts once per layer).
    expect(result.rows).toEqual([
      { zone: 'bien_inscrit', classement_2016: 'classé', count: 43 },
      { zone: 'bien_inscrit', classement_2016: 'hors site', count: 8 },
      { zone: 'zone_tampon', classement_2016: 'classé', count: 15 },
      { zone: 'zone_tampon', classement_2016: 'en partie', count: 3 },
      { zone: 'zone_tampon', classement_2016: 'hors site', count: 93 },
    ])
    const partial = await pool.query("SELECT id FROM terril WHERE classement_2016 = 'en partie' ORDER BY id")
    expect(partial.rows.map((row) => row.id)).toEqual(['251', '79', '79A'])
    const outside = await pool.query(
      "SELECT id FROM terril WHERE zone = 'bien_inscrit' AND classement_2016 = 'hors site' ORDER BY numero",
    )
    expect(outside.rows.map((row) => row.id).sort()).toEqual(
      ['171', '195', '195A', '196', '49', '80', '92', '93'].sort(),
    )
    const both = await pool.query("SELECT id, classement_2016 FROM terril WHERE numero = '140' ORDER BY id")
    expect(both.rows).toEqual([
      { id: '140-bi', classement_2016: 'classé' },
      { id: '140-zt', classement_2016: 'classé' },
    ])
    const terril74A = await pool.query(
      `SELECT t.classement_2016, t.classement_2016_part, t.classement_2016_methode, t.liste_officielle_2016,
              s.chaine_des_terrils
       FROM terril t JOIN protected_site s ON s.id = t.classement_2016_site WHERE t.id = '74A'`,
    )
    expect(terril74A.rows[0]).toMatchObject({
      classement_2016: 'classé',
      liste_officielle_2016: 'non chargée',
      chaine_des_terrils: true,
    })
    expect(terril74A.rows[0].classement_2016_part).toBeGreaterThan(99)
    expect(terril74A.rows[0].classement_2016_methode).toMatch(
      /^dans le périmètre officiel du site classé, servitude AC2/i,
    )
  })

  it('loads the 83 sites classés and inscrits and finds the 18 classified terrils outside our layers', async () => {
    const kinds = await pool.query(
      `SELECT typesite, chaine_des_terrils, count(*)::int AS count FROM protected_site GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    expect(kinds.rows).toEqual([
      { typesite: 'Site classé', chaine_des_terrils: false, count: 18 },
      { typesite: 'Site classé', chaine_des_terrils: true, count: 58 },
      { typesite: 'Site inscrit', chaine_des_terrils: false, count: 7 },
    ])
    const outside = await pool.query(
      `SELECT count(*)::int AS count, count(*) FILTER (WHERE cardinality(communes) > 0)::int AS named
       FROM protected_site WHERE hors_couches_mission`,
    )
    expect(outside.rows[0]).toEqual({ count: 18, named: 18 })
    const labourse = await pool.query(
      "SELECT communes FROM protected_site WHERE hors_couches_mission AND commune_principale = 'Labourse'",
    )
    expect(labourse.rows).toEqual([{ communes: ['Labourse'] }])
    // The decree says "1 832 ha environ"; measured in Lambert-93.
    const area = await pool.query('SELECT sum(surface_ha) AS ha FROM protected_site WHERE chaine_des_terrils')
    expect(area.rows[0].ha).toBeGreaterThan(1810)
    expect(area.rows[0].ha).toBeLessThan(1850)
  })

  it('matches the decree communes to INSEE codes, and marks them on the communes layer', async () => {
    const unmatched = await pool.query('SELECT id FROM decree_2016_commune WHERE insee IS NULL')
    // Enquin-les-Mines lies outside the 330 communes of the Mission Bassin Minier layer.
    expect(unmatched.rows).toEqual([{ id: 'Enquin-les-Mines' }])
    const marked = await pool.query('SELECT count(*)::int AS count FROM commune WHERE decret_2016')
    expect(marked.rows[0].count).toBe(52)
  })

  it('links the sites at risk and the grands sites to their elements', async () => {
    const sites = await pool.query(
      `SELECT count(*)::int AS count FROM site_at_risk s JOIN property_element e ON e.id = s.element_unesco
       WHERE ST_Equals(s.geom, e.geom)`,
    )
    expect(sites.rows[0].count).toBe(11)
    const lewarde = await pool.query(
      `SELECT g.nom, ST_Contains(e.geom, g.geom) AS inside FROM major_site g JOIN property_element e ON e.id = g.element_unesco
       WHERE g.id = '23'`,
    )
    expect(lewarde.rows[0]).toMatchObject({ inside: true })
    expect(lewarde.rows[0].nom).toMatch(/Lewarde/)
  })

  it('counts the elements and gathers the communes of each component', async () => {
    const total = await pool.query('SELECT sum(nb_elements)::int AS total FROM property_component')
    expect(total.rows[0].total).toBe(353)
    const lewarde = await pool.query('SELECT nb_elements, communes FROM property_component WHERE id = $1', [
      '23',
    ])
    expect(lewarde.rows[0]).toEqual({ nb_elements: 1, communes: ['Lewarde'] })
  })
})
