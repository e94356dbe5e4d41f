import { TILE_LAYERS, type TileCoordinates, TILE_ZOOM_MAX } from '@heritage-watch/shared'
import { NotFoundError, ValidationError } from '../errors.ts'
import { readOgcTile } from './ogc-tile-path.ts'

// Dataset tiles of OGC API - Tiles (`/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}`): the tiles
// of several collections in one response, one MVT layer each. An MVT tile is a protobuf message whose
// layers are a repeated field, and a parser merges the repeated fields of concatenated messages: so the
// dataset tile is the collections' own tiles end to end, the same bytes per layer as
// `/tiles/{collectionId}/{z}/{x}/{y}`, from the same LRU. The map asks for a handful of these instead of
// one tile per collection (docs/architecture.md §14, §31).

const MESSAGES = {
  unknown: (id: string) => `"${id}" is not a collection with tiles; see /collections`,
  outsideGrid: (matrix: number, row: number, column: number) =>
    `no tile at tileMatrix ${matrix}, tileRow ${row}, tileCol ${column}: outside WebMercatorQuad's matrix`,
  noLayerAtZoom: (matrix: number) => `none of the selected collections has tiles at tileMatrix ${matrix}`,
} as const

export interface DatasetTilePath {
  tileMatrixSetId: string
  tileMatrix: string
  tileRow: string
  tileCol: string
}

/**
 * The collections a dataset tile carries, in the order asked: `collections=a,b` (OGC API - Tiles
 * collections selection), or every collection with tiles when absent. A name asked twice counts once.
 * @throws ValidationError naming each unknown collection
 */
function selectedCollections(raw: string | undefined): string[] {
  if (raw === undefined) return Object.keys(TILE_LAYERS)
  const names = [...new Set(raw.split(','))]
  const unknown = names.filter((name) => !Object.hasOwn(TILE_LAYERS, name))
  if (unknown.length > 0)
    throw new ValidationError(
      unknown.map((name) => ({ name: 'collections', reason: MESSAGES.unknown(name) })),
    )
  return names
}

/**
 * The dataset tile: the tile of each selected collection that has tiles at this zoom, concatenated.
 * Empty (the route's 204) when none of them has a feature there.
 * @param tile the one-collection tile (the tiles service, with its cache)
 * @throws ValidationError for a malformed matrix, row or column, or an unknown collection
 * @throws NotFoundError for another tile matrix set, a tile outside the matrix, or a zoom where none of
 *   the selected collections has tiles
 */
export async function datasetTile(
  tile: (collectionId: string, coordinates: TileCoordinates) => Promise<Buffer>,
  path: DatasetTilePath,
  collectionsParam: string | undefined,
): Promise<Buffer> {
  const { coordinates } = readOgcTile({ ...path, collectionId: '' })
  const collections = selectedCollections(collectionsParam)
  const { z, x, y } = coordinates
  if (z > TILE_ZOOM_MAX || x >= 2 ** z || y >= 2 ** z) throw new NotFoundError(MESSAGES.outsideGrid(z, y, x))
  const atZoom = collections.filter((id) => {
    const layer = TILE_LAYERS[id]
    return layer !== undefined && z >= layer.minzoom && z <= layer.maxzoom
  })
  if (atZoom.length === 0) throw new NotFoundError(MESSAGES.noLayerAtZoom(z))
  // One collection after the other: the map asks for several dataset tiles at once, and all their
  // collections together would wait for the pool's connections past its timeout on a cold cache (seen
  // on the embedded database); each tile is one query either way.
  const parts: Buffer[] = []
  for (const id of atZoom) parts.push(await tile(id, coordinates))
  return Buffer.concat(parts)
}
