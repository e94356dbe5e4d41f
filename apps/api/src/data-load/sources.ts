import { SOURCE_FILES } from '@heritage-watch/shared'
import type { z } from 'zod'
import { readGeoJsonFile, readTable, type SourceFeature } from './read-sources.ts'
import {
  CommuneAliasRowSchema,
  DecreeCommuneRowSchema,
  GrandsSitesRowSchema,
  SitesAtRiskRowSchema,
  SOURCE_PROPERTY_SCHEMAS,
} from './source-schemas.ts'

type Schemas = typeof SOURCE_PROPERTY_SCHEMAS
type SourceLayers = { [K in keyof Schemas]: SourceFeature<z.infer<Schemas[K]>>[] }

export interface Sources {
  layers: SourceLayers
  sitesAtRisk: z.infer<typeof SitesAtRiskRowSchema>[]
  grandsSites: z.infer<typeof GrandsSitesRowSchema>[]
  decreeCommunes: z.infer<typeof DecreeCommuneRowSchema>[]
  communeAliases: z.infer<typeof CommuneAliasRowSchema>[]
}

const COMMUNE_ALIASES_FILE = 'data/seeds/commune-aliases.tsv'

/** Every file the loader reads, relative to the repository root. */
export const SOURCE_FILE_PATHS = [
  ...new Set([...Object.values(SOURCE_FILES).map((source) => source.file), COMMUNE_ALIASES_FILE]),
]

const fromRoot = (file: string) => file.replace(/^data\//, '')

/**
 * Reads and validates every source file.
 * @param dataDir the data/ folder
 * @param onFile called after each file, for progress
 */
export async function readSources(
  dataDir: string,
  onFile: (file: string, count: number) => void,
): Promise<Sources> {
  const layers = {} as Record<string, unknown>
  for (const key of Object.keys(SOURCE_PROPERTY_SCHEMAS) as (keyof Schemas)[]) {
    const file = SOURCE_FILES[key].file
    const features = await readGeoJsonFile(dataDir, fromRoot(file), SOURCE_PROPERTY_SCHEMAS[key])
    layers[key] = features
    onFile(file, features.length)
  }
  const table = async <S extends z.ZodType>(file: string, schema: S, delimiter: ',' | '\t' = ',') => {
    const rows = await readTable(dataDir, fromRoot(file), schema, delimiter)
    onFile(file, rows.length)
    return rows
  }
  return {
    layers: layers as SourceLayers,
    sitesAtRisk: await table(SOURCE_FILES.sitesEnDanger.file, SitesAtRiskRowSchema),
    grandsSites: await table(SOURCE_FILES.grandsSites.file, GrandsSitesRowSchema),
    decreeCommunes: await table(SOURCE_FILES.decret2016.file, DecreeCommuneRowSchema, '\t'),
    communeAliases: await table(COMMUNE_ALIASES_FILE, CommuneAliasRowSchema, '\t'),
  }
}
