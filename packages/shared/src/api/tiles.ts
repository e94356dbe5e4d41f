import { z } from 'zod'
import { TILE_ZOOM_MAX } from './tile-layers.ts'

/** `{z}/{x}/{y}` path parameters: whole numbers, x and y within the zoom's grid. */
export const TileCoordinatesSchema = z
  .object({
    z: z.coerce.number().int().min(0).max(TILE_ZOOM_MAX),
    x: z.coerce.number().int().min(0),
    y: z.coerce.number().int().min(0),
  })
  .refine(({ z: zoom, x }) => x < 2 ** zoom, { message: 'x must be below 2^z', path: ['x'] })
  .refine(({ z: zoom, y }) => y < 2 ** zoom, { message: 'y must be below 2^z', path: ['y'] })
export type TileCoordinates = z.infer<typeof TileCoordinatesSchema>

export const TileJsonSchema = z.object({
  tilejson: z.literal('3.0.0'),
  name: z.string(),
  description: z.string(),
  attribution: z.string(),
  tiles: z.array(z.string()).min(1),
  minzoom: z.number().int(),
  maxzoom: z.number().int(),
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  vector_layers: z.array(
    z.object({
      id: z.string(),
      fields: z.record(z.string(), z.string()),
      minzoom: z.number(),
      maxzoom: z.number(),
    }),
  ),
})
export type TileJson = z.infer<typeof TileJsonSchema>

const tileNumber = (description: string, maximum?: number) =>
  z.string().meta({
    type: 'integer',
    minimum: 0,
    ...(maximum === undefined ? {} : { maximum }),
    description,
  } as Record<string, unknown>)

/** The path of a tile as written in its URL; TileCoordinatesSchema then reads its numbers. */
export const TilePathSchema = z.object({
  collectionId: z.string().meta({ description: 'Identifiant de la collection' }),
  z: tileNumber('Niveau de zoom', TILE_ZOOM_MAX),
  x: tileNumber('Colonne (0 à 2^z - 1)'),
  y: tileNumber('Ligne (0 à 2^z - 1)'),
})
