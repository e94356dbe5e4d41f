import { parseArgs } from 'node:util'
import type pg from 'pg'
import { configOrExit } from './config-or-exit.ts'
import type { OfficialListOptions, OfficialListResult } from '../data-load/official-lists.ts'
import { readListColumn } from '../data-load/official-lists.ts'
import { inTransaction } from '../db/pool.ts'
import { openDatabase } from './database.ts'

type Store = (
  client: pg.PoolClient,
  values: string[],
  options: OfficialListOptions,
) => Promise<OfficialListResult>

/**
 * The shared body of the two official-list commands: read the CSV column, store it and reload, all in
 * one transaction, then print what changed.
 */
export async function runOfficialListCommand(usage: string, column: string, store: Store): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      source: { type: 'string' },
      complete: { type: 'boolean', default: false },
    },
  })
  if (!values.file || !values.source) {
    console.error(usage)
    process.exitCode = 2
    return
  }
  const config = configOrExit()
  const list = await readListColumn(values.file, column)
  const database = await openDatabase(config, console.log)
  try {
    const result = await inTransaction(database.pool, (client) =>
      store(client, list, {
        source: values.source ?? '',
        complete: values.complete ?? false,
        dataDir: config.DATA_DIR,
      }),
    )
    console.log(`${result.stored} entries stored${values.complete ? ' (complete list)' : ''}.`)
    if (result.unmatched.length) console.log(`Not in our layers (kept): ${result.unmatched.join(', ')}`)
    console.log(
      Object.entries(result.counts)
        .map(([value, count]) => `  ${value}: ${count}`)
        .join('\n'),
    )
  } finally {
    await database.close()
  }
}
