import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import type pg from 'pg'
import {
  COUNT_CLASSEMENT,
  COUNT_PRIORITES,
  DELETE_OFFICIAL_CLASSEMENT,
  DELETE_OFFICIAL_PRIORITES,
  INSERT_OFFICIAL_CLASSEMENT,
  INSERT_OFFICIAL_PRIORITES,
  SELECT_ERBM_IDS,
  SELECT_TERRIL_NUMBERS,
  UPSERT_LIST_STATE,
} from '../db/sql/official-lists.sql.ts'
import { loadData } from './load-data.ts'
import { SourceError } from './read-sources.ts'
import { terrilNumber } from './terril-numbers.ts'

export interface OfficialListOptions {
  /** Where the list comes from (decree annex, DREAL layer…): shown beside every value it sets. */
  source: string
  /** The list is the whole official list: what it does not name is then "non classé" / not a priority. */
  complete: boolean
  dataDir: string
}

export interface OfficialListResult {
  stored: number
  /** Entries of the list that match no feature of our layers (kept: the official list may be wider). */
  unmatched: string[]
  counts: Record<string, number>
}

/**
 * Reads one column of a CSV file with a header row.
 * @throws SourceError when the column is missing or a value is empty
 */
export async function readListColumn(file: string, column: string): Promise<string[]> {
  const records = parse(await readFile(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as Record<string, string>[]
  if (records.length === 0) throw new SourceError(`${file}: the list is empty`)
  return records.map((record, index) => {
    const value = record[column]
    if (value === undefined) throw new SourceError(`${file}: column "${column}" is missing`)
    if (!value) throw new SourceError(`${file}, line ${index + 2}: ${column} is empty`)
    return value
  })
}

async function counts(client: pg.PoolClient, sql: string): Promise<Record<string, number>> {
  const result = await client.query<{ value: string; count: number }>(sql)
  return Object.fromEntries(result.rows.map((row) => [row.value, row.count]))
}

/**
 * Stores the official list of the terrils of the 2016 site classé and re-applies the data load, in the
 * caller's transaction. Listed terrils become "confirmé"; with `complete`, the others "non classé".
 * @param numbers terril numbers as written anywhere (74A, T074a, 074A)
 */
export async function storeOfficialClassement(
  client: pg.PoolClient,
  numbers: string[],
  options: OfficialListOptions,
): Promise<OfficialListResult> {
  const normalized = [...new Set(numbers.map((number) => terrilNumber(number)))]
  // The layers must be loaded before the list is compared with them (a first command on a new database).
  await loadData(client, { dataDir: options.dataDir })
  const known = new Set(
    (await client.query<{ numero: string }>(SELECT_TERRIL_NUMBERS)).rows.map((row) => row.numero),
  )
  await client.query(DELETE_OFFICIAL_CLASSEMENT)
  await client.query(INSERT_OFFICIAL_CLASSEMENT, [normalized, options.source])
  await client.query(UPSERT_LIST_STATE, ['classement_2016', options.complete, options.source])
  await loadData(client, { dataDir: options.dataDir, force: true })
  return {
    stored: normalized.length,
    unmatched: normalized.filter((number) => !known.has(number)),
    counts: await counts(client, COUNT_CLASSEMENT),
  }
}

/**
 * Stores the official list of the ERBM priority cités (by their LSM id, the id of the cites-erbm
 * collection) and re-applies the data load, in the caller's transaction.
 * @throws SourceError when an id is not one of the ERBM cités: the list must name cités of that layer
 */
export async function storeOfficialPriorites(
  client: pg.PoolClient,
  ids: string[],
  options: OfficialListOptions,
): Promise<OfficialListResult> {
  const unique = [...new Set(ids.map((id) => id.replace(/\.0+$/, '')))]
  await loadData(client, { dataDir: options.dataDir })
  const known = new Set((await client.query<{ id: string }>(SELECT_ERBM_IDS)).rows.map((row) => row.id))
  const unknown = unique.filter((id) => !known.has(id))
  if (unknown.length)
    throw new SourceError(`id_lsm ${unknown.join(', ')} match no cité of the cites-erbm layer`)
  await client.query(DELETE_OFFICIAL_PRIORITES)
  await client.query(INSERT_OFFICIAL_PRIORITES, [unique, options.source])
  await client.query(UPSERT_LIST_STATE, ['priorite_erbm', options.complete, options.source])
  await loadData(client, { dataDir: options.dataDir, force: true })
  return { stored: unique.length, unmatched: [], counts: await counts(client, COUNT_PRIORITES) }
}
