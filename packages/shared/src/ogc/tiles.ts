import { z } from 'zod'
import { LinkSchema } from './link.ts'

// OGC API - Tiles Part 1 (OGC 20-057) and the OGC Two Dimensional Tile Matrix Set and Tile Set
// Metadata standard 2.0 (OGC 17-083r4), JSON encodings: what /collections/{id}/tiles… and
// /tileMatrixSets… answer.

export const WEB_MERCATOR_QUAD = 'WebMercatorQuad'
export const WEB_MERCATOR_QUAD_URI = 'http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad'
export const EPSG_3857 = 'http://www.opengis.net/def/crs/EPSG/0/3857'
/** The link relation of a collection's vector tilesets (OGC API - Tiles, §7.11). */
export const TILESETS_VECTOR_REL = 'http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector'
/** The link relation of the tile matrix sets a server offers. */
export const TILING_SCHEMES_REL = 'http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes'

/** `{tileMatrix}/{tileRow}/{tileCol}` as written in the URL; the service reads the numbers. */
export const OgcTilePathSchema = z.object({
  collectionId: z.string().meta({ description: 'Identifiant de la collection' }),
  tileMatrixSetId: z.string().meta({ description: 'Jeu de matrices de tuiles (WebMercatorQuad)' }),
  tileMatrix: z.string().meta({ type: 'integer', minimum: 0, description: 'Matrice (niveau de zoom)' }),
  tileRow: z.string().meta({ type: 'integer', minimum: 0, description: 'Ligne (y, depuis le nord)' }),
  tileCol: z.string().meta({ type: 'integer', minimum: 0, description: 'Colonne (x, depuis l’ouest)' }),
})

export const TileMatrixSchema = z.object({
  id: z.string(),
  scaleDenominator: z.number(),
  cellSize: z.number(),
  cornerOfOrigin: z.literal('topLeft'),
  pointOfOrigin: z.tuple([z.number(), z.number()]),
  tileWidth: z.number().int(),
  tileHeight: z.number().int(),
  matrixWidth: z.number().int(),
  matrixHeight: z.number().int(),
})

export const TileMatrixSetSchema = z.object({
  id: z.string(),
  title: z.string(),
  uri: z.string().url(),
  crs: z.string().url(),
  orderedAxes: z.tuple([z.string(), z.string()]),
  wellKnownScaleSet: z.string().url(),
  tileMatrices: z.array(TileMatrixSchema).min(1),
})
export type TileMatrixSet = z.infer<typeof TileMatrixSetSchema>

export const TileMatrixSetsSchema = z.object({
  tileMatrixSets: z.array(
    z.object({ id: z.string(), title: z.string(), uri: z.string().url(), links: z.array(LinkSchema) }),
  ),
})
export type TileMatrixSets = z.infer<typeof TileMatrixSetsSchema>

export const TileMatrixLimitsSchema = z.object({
  tileMatrix: z.string(),
  minTileRow: z.number().int().nonnegative(),
  maxTileRow: z.number().int().nonnegative(),
  minTileCol: z.number().int().nonnegative(),
  maxTileCol: z.number().int().nonnegative(),
})
export type TileMatrixLimits = z.infer<typeof TileMatrixLimitsSchema>

const TileSetItemSchema = z.object({
  title: z.string(),
  dataType: z.literal('vector'),
  crs: z.string().url(),
  tileMatrixSetURI: z.string().url(),
  links: z.array(LinkSchema),
})

export const TileSetsSchema = z.object({ links: z.array(LinkSchema), tilesets: z.array(TileSetItemSchema) })
export type TileSets = z.infer<typeof TileSetsSchema>

export const TileSetSchema = TileSetItemSchema.extend({
  description: z.string(),
  attribution: z.string(),
  tileMatrixSetLimits: z.array(TileMatrixLimitsSchema),
  boundingBox: z.object({
    lowerLeft: z.tuple([z.number(), z.number()]),
    upperRight: z.tuple([z.number(), z.number()]),
    crs: z.string().url(),
  }),
  layers: z.array(
    z.object({
      id: z.string(),
      dataType: z.literal('vector'),
      geometryDimension: z.number().int().min(0).max(2),
      minTileMatrix: z.string(),
      maxTileMatrix: z.string(),
      propertiesSchema: z.object({
        type: z.literal('object'),
        properties: z.record(z.string(), z.object({ type: z.string(), title: z.string().optional() })),
      }),
    }),
  ),
})
export type TileSet = z.infer<typeof TileSetSchema>

/** The tiles' JSON documents take only `f=json`; anything else is a 400 naming it. */
export const TilesDocumentQuerySchema = z.strictObject({
  f: z.literal('json').optional().meta({ description: 'Format : json (le seul proposé)' }),
})

/** A tile takes only `f=mvt`. */
export const OgcTileQuerySchema = z.strictObject({
  f: z.literal('mvt').optional().meta({ description: 'Format : mvt (le seul proposé)' }),
})

/** The path of a dataset tile (`/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}`), all collections together. */
export const DatasetTilePathSchema = OgcTilePathSchema.omit({ collectionId: true })

/** A dataset tile takes `collections=` (a comma-separated selection of collection ids) and `f=mvt`. */
export const DatasetTileQuerySchema = OgcTileQuerySchema.extend({
  collections: z
    .string()
    .optional()
    .meta({ description: 'Collections à inclure, séparées par des virgules (par défaut toutes)' }),
})
