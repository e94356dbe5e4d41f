import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { GeometrySchema } from '@heritage-watch/shared'
import { parse } from 'csv-parse/sync'
import { z } from 'zod'

export class SourceError extends Error {}

export interface SourceFeature<P> {
  index: number
  /** The feature's own `id` member, when the file gives one (e.g. `STE_Metropole.2674`). */
  sourceId: string | null
  properties: P
  geometry: z.infer<typeof GeometrySchema> | null
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')
}

/**
 * Reads and validates one GeoJSON file of data/: every feature's properties against its schema and
 * its geometry against RFC 7946 shapes.
 * @throws SourceError naming the file, the feature and the field at fault
 */
export async function readGeoJsonFile<S extends z.ZodType>(
  dataDir: string,
  file: string,
  propertiesSchema: S,
): Promise<SourceFeature<z.infer<S>>[]> {
  const raw = JSON.parse(await readFile(path.join(dataDir, file), 'utf8')) as { features?: unknown[] }
  if (!Array.isArray(raw.features)) throw new SourceError(`${file}: not a GeoJSON FeatureCollection`)
  return raw.features.map((feature, index) => {
    const parsed = z
      .object({
        type: z.literal('Feature'),
        id: z.union([z.string(), z.number()]).optional(),
        properties: propertiesSchema,
        geometry: GeometrySchema.nullable(),
      })
      .safeParse(feature)
    if (!parsed.success) throw new SourceError(`${file}, feature #${index}: ${describeIssues(parsed.error)}`)
    const data = parsed.data as {
      id?: string | number
      properties: z.infer<S>
      geometry: z.infer<typeof GeometrySchema> | null
    }
    const sourceId = data.id === undefined ? null : String(data.id)
    return { index, sourceId, properties: data.properties, geometry: data.geometry }
  })
}

/**
 * Reads and validates a CSV (or, with a tab delimiter, TSV) seed file with a header row.
 * @throws SourceError naming the file, the line and the field at fault
 */
export async function readTable<S extends z.ZodType>(
  dataDir: string,
  file: string,
  rowSchema: S,
  delimiter: ',' | '\t' = ',',
): Promise<z.infer<S>[]> {
  let records: unknown[]
  try {
    records = parse(await readFile(path.join(dataDir, file), 'utf8'), {
      columns: true,
      delimiter,
      // Tab-separated seeds are plain text: quotes in them are part of the value.
      quote: delimiter === '\t' ? false : '"',
      skip_empty_lines: true,
      trim: true,
    }) as unknown[]
  } catch (error) {
    throw new SourceError(`${file}: ${(error as Error).message}`)
  }
  return records.map((record, index) => {
    const parsed = rowSchema.safeParse(record)
    if (!parsed.success) throw new SourceError(`${file}, line ${index + 2}: ${describeIssues(parsed.error)}`)
    return parsed.data
  })
}

/** SHA-256 of the given files, so that a restart can tell that the data did not change. */
export async function digestFiles(dataDir: string, files: readonly string[], salt: string): Promise<string> {
  const hash = createHash('sha256').update(salt)
  for (const file of [...files].sort()) {
    hash.update(file)
    hash.update(await readFile(path.join(dataDir, file)))
  }
  return hash.digest('hex')
}
