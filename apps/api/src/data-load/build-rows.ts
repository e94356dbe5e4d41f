import { buildBufferZoneRows } from './buffer-zone-rows.ts'
import { buildContextRows } from './context-rows.ts'
import { buildPropertyRows } from './property-rows.ts'
import { buildProtectionRows } from './protection-rows.ts'
import { type TableRows, createRowContext } from './row-context.ts'
import type { Sources } from './sources.ts'
import { buildTerrilRows } from './terril-rows.ts'

export type { TableRows } from './row-context.ts'

/**
 * Turns the validated sources into the rows of every table, with commune names matched to the
 * communes layer and terril numbers normalised. Everything spatial is left to PostGIS (db/sql/data-load.sql.ts).
 */
export function buildRows(sources: Sources): { rows: TableRows; unmatchedCommunes: string[] } {
  const context = createRowContext(sources)
  const rows: TableRows = {
    ...buildPropertyRows(sources, context),
    ...buildBufferZoneRows(sources, context),
    terril: buildTerrilRows(sources, context),
    ...buildContextRows(sources, context),
    ...buildProtectionRows(sources),
  }
  return { rows, unmatchedCommunes: context.unmatchedCommunes() }
}
