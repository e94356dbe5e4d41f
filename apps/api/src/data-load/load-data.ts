import { createHash } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { COLLECTIONS, SOURCE_FILES } from '@heritage-watch/shared'
import type pg from 'pg'
import { sendNotification } from '../db/notify-sender.ts'
import { CHANNELS } from '../db/sql/notify.sql.ts'
import { refreshFeatureTexts } from '../db/feature-text.ts'
import { collectionTable } from '../collections/collection-tables.ts'
import { SITE_AT_RISK_IDS } from '../db/sql/source-assessments.sql.ts'
import {
  bulkInsertSql,
  countCollectionSql,
  INSERT_DATA_LOAD,
  INSERT_MAJOR_SITES,
  INSERT_SITES_AT_RISK,
  LOADED_TABLES,
  repairSql,
  SELECT_LAST_LOAD_DIGEST,
  TRUNCATE_LOADED_TABLES,
} from '../db/sql/data-load.sql.ts'
import {
  APPLY_OFFICIAL_CLASSEMENT_2016,
  APPLY_OFFICIAL_NOT_CLASSE_2016,
  APPLY_OFFICIAL_NOT_PRIORITE_ERBM,
  APPLY_OFFICIAL_PRIORITE_ERBM,
  UPDATE_COMPONENT_ELEMENTS,
  UPDATE_ERBM_SHARE,
  UPDATE_PROTECTED_SITE_FACTS,
  UPDATE_PROTECTED_SITE_TERRILS,
  UPDATE_TERRIL_CLASSEMENT_2016,
  MARK_CHAIN_OUTSIDE_OUR_LAYERS,
} from '../db/sql/derived-values.sql.ts'
import { buildRows } from './build-rows.ts'
import { frenchMajorSiteName, frenchSiteAtRiskReason } from './seed-french.ts'
import { insertSourceAssessments } from './source-assessments.ts'
import { SourceError, digestFiles } from './read-sources.ts'
import { readSources, SOURCE_FILE_PATHS } from './sources.ts'

const HERE = path.dirname(fileURLToPath(import.meta.url))

/**
 * The loader's own code is part of the digest, so that a change of its logic reloads an unchanged data/
 * folder: the files of this folder, the load SQL and the source labels.
 */
async function loaderFingerprint(): Promise<string> {
  const files = (await readdir(HERE)).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  const hash = createHash('sha256')
  for (const file of [
    ...files.sort().map((file) => path.join(HERE, file)),
    path.join(HERE, '../db/sql/data-load.sql.ts'),
    path.join(HERE, '../db/sql/derived-values.sql.ts'),
    path.join(HERE, '../../../../packages/shared/src/catalog/sources.ts'),
  ]) {
    hash.update(await readFile(file))
  }
  return hash.digest('hex')
}

export interface LoadSummary {
  skipped: boolean
  digest: string
  collections: Record<string, number>
  repairedGeometries: Record<string, string[]>
  unmatchedCommunes: string[]
}

export interface LoadOptions {
  dataDir: string
  /** Reload even when the last load had the same source digest. */
  force?: boolean
  progress?: (message: string) => void
}

const withoutDataPrefix = (file: string) => file.replace(/^data\//, '')

/**
 * Loads every official layer into the database, inside the caller's transaction: all or nothing.
 * Idempotent: the tables are replaced by the same rows with the same ids, and an unchanged data folder
 * (same digest as the last load) is skipped unless `force` is set.
 * @param client a client on which the caller has opened a transaction
 */
export async function loadData(client: pg.PoolClient, options: LoadOptions): Promise<LoadSummary> {
  const progress = options.progress ?? (() => undefined)
  const digest = await digestFiles(
    options.dataDir,
    SOURCE_FILE_PATHS.map(withoutDataPrefix),
    await loaderFingerprint(),
  )
  const last = await client.query<{ source_digest: string }>(SELECT_LAST_LOAD_DIGEST)
  if (!options.force && last.rows[0]?.source_digest === digest) {
    progress('data unchanged since the last load: nothing to do')
    await addSourceAssessments(client, progress)
    await addFeatureTexts(client, progress)
    return {
      skipped: true,
      digest,
      collections: await countCollections(client),
      repairedGeometries: {},
      unmatchedCommunes: [],
    }
  }

  let fileNumber = 0
  const sources = await readSources(options.dataDir, (file, count) => {
    fileNumber += 1
    progress(`[read ${String(fileNumber).padStart(2)}/${SOURCE_FILE_PATHS.length}] ${file}: ${count} valid`)
  })
  const { rows, unmatchedCommunes } = buildRows(sources)

  await client.query(TRUNCATE_LOADED_TABLES)
  const repairedGeometries: Record<string, string[]> = {}
  const tables = Object.keys(LOADED_TABLES)
  for (const [index, table] of tables.entries()) {
    const tableRows = rows[table] ?? []
    await client.query(bulkInsertSql(table), [JSON.stringify(tableRows)])
    if (LOADED_TABLES[table]?.geometry) {
      const repaired = await client.query<{ id: string }>(repairSql(table))
      if (repaired.rowCount) repairedGeometries[table] = repaired.rows.map((row) => row.id)
    }
    progress(`[load ${String(index + 1).padStart(2)}/${tables.length}] ${table}: ${tableRows.length} rows`)
  }

  const sitesInserted = await client.query(INSERT_SITES_AT_RISK, [
    JSON.stringify(
      sources.sitesAtRisk.map((site) => ({
        element_unesco: site.unesco_element_id,
        nom: site.name,
        commune: site.commune,
        motif: frenchSiteAtRiskReason(site.reason),
        source: `Fondation du patrimoine et Mission Bassin Minier — « Patrimoine minier en danger » (2018) — ${site.source}`,
      })),
    ),
  ])
  const majorSitesInserted = await client.query(INSERT_MAJOR_SITES, [
    JSON.stringify(
      sources.grandsSites.map((site) => ({
        element_unesco: site.unesco_element_id,
        nom: frenchMajorSiteName(site.name),
        commune: site.commune,
        // The seed's source column adds an English note to the URL: the catalogue's reference says it.
        source: SOURCE_FILES.grandsSites.id,
      })),
    ),
  ])
  // The seeds name their element; one that matches no element would silently vanish from the join.
  for (const [file, inserted, expected] of [
    ['sites_at_risk.csv', sitesInserted.rowCount, sources.sitesAtRisk],
    ['grands_sites.csv', majorSitesInserted.rowCount, sources.grandsSites],
  ] as const) {
    if (inserted !== expected.length) {
      const known = new Set(rows.property_element?.map((row) => row.id))
      const missing = expected.map((site) => site.unesco_element_id).filter((id) => !known.has(id))
      throw new SourceError(
        `${file}: unesco_element_id ${missing.join(', ')} matches no element of the property`,
      )
    }
  }
  for (const statement of [
    UPDATE_COMPONENT_ELEMENTS,
    UPDATE_ERBM_SHARE,
    UPDATE_PROTECTED_SITE_FACTS,
    UPDATE_TERRIL_CLASSEMENT_2016,
    UPDATE_PROTECTED_SITE_TERRILS,
    MARK_CHAIN_OUTSIDE_OUR_LAYERS,
    APPLY_OFFICIAL_CLASSEMENT_2016,
    APPLY_OFFICIAL_NOT_CLASSE_2016,
    APPLY_OFFICIAL_PRIORITE_ERBM,
    APPLY_OFFICIAL_NOT_PRIORITE_ERBM,
  ]) {
    await client.query(statement)
  }
  progress(
    'derived values computed in PostGIS (component elements, ERBM shares, 2016 perimeter, official lists)',
  )

  await addSourceAssessments(client, progress)
  await addFeatureTexts(client, progress)
  const collections = await countCollections(client)
  const summary = { skipped: false, digest, collections, repairedGeometries, unmatchedCommunes }
  await client.query(INSERT_DATA_LOAD, [digest, JSON.stringify(summary)])
  // Delivered on commit to every API process on this database: each drops its caches of the public data.
  await sendNotification(client, CHANNELS.dataChanged, digest)
  return summary
}

/** The endangered sites' first constats, from the sources, for those without one (a new database). */
async function addSourceAssessments(client: pg.PoolClient, progress: (message: string) => void) {
  const ids = (await client.query<{ id: string }>(SITE_AT_RISK_IDS)).rows.map((row) => row.id)
  const inserted = await insertSourceAssessments(client, ids)
  if (inserted) progress(`source-derived constats of the endangered sites: ${inserted} inserted`)
}

/** The features' stored GeoJSON texts that are missing (all after a load, none on an unchanged start). */
async function addFeatureTexts(client: pg.PoolClient, progress: (message: string) => void) {
  const written = await refreshFeatureTexts(client)
  if (written) progress(`GeoJSON texts of the features stored for the items pages: ${written}`)
}

async function countCollections(client: pg.PoolClient): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of COLLECTIONS) {
    const { table, where } = collectionTable(collection.id)
    const result = await client.query<{ count: number }>(countCollectionSql(table, where))
    counts[collection.id] = result.rows[0]?.count ?? 0
  }
  return counts
}

/** The summary as the lines printed at the end of a load. */
export function formatSummary(summary: LoadSummary): string {
  const lines = [summary.skipped ? 'Data already loaded (unchanged):' : 'Data loaded:']
  for (const [collection, count] of Object.entries(summary.collections)) {
    lines.push(`  ${collection.padEnd(34)} ${String(count).padStart(5)}`)
  }
  const repaired = Object.entries(summary.repairedGeometries)
  lines.push(
    repaired.length
      ? `Geometries repaired with ST_MakeValid: ${repaired.map(([table, ids]) => `${table} ${ids.length} (${ids.join(', ')})`).join('; ')}`
      : 'Geometries repaired with ST_MakeValid: none',
  )
  if (summary.unmatchedCommunes.length) {
    lines.push(
      `Commune names outside the communes layer, kept as spelt: ${summary.unmatchedCommunes.join(', ')}`,
    )
  }
  return lines.join('\n')
}
