import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../src/config.ts'
import {
  readListColumn,
  storeOfficialClassement,
  storeOfficialPriorites,
} from '../../src/data-load/official-lists.ts'
import { TRUNCATE_LOADED_TABLES } from '../../src/db/sql/data-load.sql.ts'
import { createTestPool } from '../helpers/test-app.ts'

const DATA_DIR = path.join(repositoryRoot, 'data')
const options = (complete: boolean) => ({
  source: 'Liste de test (non officielle)',
  complete,
  dataDir: DATA_DIR,
})

let pool: pg.Pool
beforeAll(() => {
  pool = createTestPool()
})
afterAll(() => pool.end())

/** Runs `work` in a transaction that is always rolled back, so the shared test database stays as loaded. */
async function rolledBack(work: (client: pg.PoolClient) => Promise<void>) {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await work(client)
  } finally {
    await client.query('ROLLBACK')
    client.release()
  }
}

describe('official list of the 2016 classified terrils', () => {
  it('shows the list beside the perimeter, never instead of it', async () => {
    await rolledBack(async (client) => {
      const result = await storeOfficialClassement(client, ['T074a', '80', '999'], options(false))
      expect(result.stored).toBe(3)
      expect(result.unmatched).toEqual(['999'])
      const rows = await client.query(
        `SELECT id, classement_2016, liste_officielle_2016, liste_officielle_2016_source
         FROM terril WHERE id IN ('74A', '80', '74') ORDER BY id`,
      )
      expect(rows.rows.map((row) => [row.id, row.classement_2016, row.liste_officielle_2016])).toEqual([
        ['74', 'classé', 'non chargée'],
        ['74A', 'classé', 'sur la liste'],
        // 80 lies outside the perimeter: a list that names it does not move it inside.
        ['80', 'hors site', 'sur la liste'],
      ])
      expect(rows.rows[1].liste_officielle_2016_source).toContain('Liste de test (non officielle)')
    })
  })

  it('loads the layers first on a database that has none yet', async () => {
    await rolledBack(async (client) => {
      await client.query(TRUNCATE_LOADED_TABLES)
      await client.query('DELETE FROM data_load')
      const result = await storeOfficialClassement(client, ['74A', '999'], options(false))
      expect(result.unmatched).toEqual(['999'])
      expect(result.counts['sur la liste']).toBe(1)
    })
  })

  it('with a complete list, marks every other terril "absent de la liste"', async () => {
    await rolledBack(async (client) => {
      const result = await storeOfficialClassement(client, ['74A', '140'], options(true))
      // 140 stands in both layers: both parts are on the list.
      expect(result.counts).toEqual({ 'absent de la liste': 159, 'sur la liste': 3 })
    })
  })

  it('survives a later data load', async () => {
    await rolledBack(async (client) => {
      await storeOfficialClassement(client, ['74A'], options(false))
      const { loadData } = await import('../../src/data-load/load-data.ts')
      await loadData(client, { dataDir: DATA_DIR, force: true })
      const row = await client.query("SELECT liste_officielle_2016 FROM terril WHERE id = '74A'")
      expect(row.rows[0].liste_officielle_2016).toBe('sur la liste')
    })
  })
})

describe('official list of the ERBM priority cités', () => {
  it('marks the listed cités and, with a complete list, the others "non"', async () => {
    await rolledBack(async (client) => {
      const result = await storeOfficialPriorites(client, ['565', '519'], options(true))
      expect(result.counts).toEqual({ non: 57, oui: 2 })
    })
  })

  it('refuses an id that is not an ERBM cité, writing nothing', async () => {
    await rolledBack(async (client) => {
      await expect(storeOfficialPriorites(client, ['565', '424242'], options(false))).rejects.toThrow(
        /id_lsm 424242 match no cité/,
      )
    })
    const state = await pool.query(
      "SELECT count(*)::int AS count FROM official_list_state WHERE list = 'priorite_erbm'",
    )
    expect(state.rows[0].count).toBe(0)
  })
})

describe('readListColumn', () => {
  it('names a missing column', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hw-list-'))
    try {
      const file = path.join(dir, 'list.csv')
      await writeFile(file, 'terril\n74A\n')
      await expect(readListColumn(file, 'numero')).rejects.toThrow(/column "numero" is missing/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
