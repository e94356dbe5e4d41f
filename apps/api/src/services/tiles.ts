import {
  TILE_LAYERS,
  type TileJson,
  type TileMatrixLimits,
  type TileMatrixSet,
  type TileSet,
  type TileSets,
} from '@heritage-watch/shared'
import { LRUCache } from 'lru-cache'
import type { FeaturesRepo } from '../db/features-repo.ts'
import type { TilesRepo } from '../db/tiles-repo.ts'
import { NotFoundError } from '../errors.ts'
import { parseTileCoordinates } from '../tiles/tile-coordinates.ts'
import { tileJson } from '../tiles/tile-json.ts'
import { webMercatorQuad } from '../tiles/tile-matrix-set.ts'
import { type OgcTilePath, readOgcTile, requireTileMatrixSet } from '../tiles/ogc-tile-path.ts'
import { tileSet, tileSets } from '../tiles/tileset.ts'
import { requireCollection } from './features.ts'

/** Memory for encoded tiles: a few thousand tiles of this small region. */
const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024

const TILE_MESSAGES = {
  outsideZooms: (id: string, minzoom: number, maxzoom: number, zoom: number) =>
    `collection "${id}" has tiles from zoom ${minzoom} to ${maxzoom}, not at zoom ${zoom}; see /tiles/${id}`,
} as const

/**
 * Vector tiles and their TileJSON. Encoded tiles are kept in an LRU whose keys carry the data version,
 * so a tile is never served from data older than the version: with the app's data version, the one read
 * at most a second ago, or at once after a data_changed notification (docs/architecture.md §30).
 */
export function createTilesService(
  repo: TilesRepo,
  features: Pick<FeaturesRepo, 'summarize'>,
  options: {
    cacheBytes?: number
    /** The shared data version (app.ts); without it, read from the database on every tile. */
    dataVersion?: { current(): Promise<number> }
  } = {},
) {
  const dataVersion = () => (options.dataVersion ? options.dataVersion.current() : repo.dataVersion())
  const cache = new LRUCache<string, Buffer>({
    maxSize: options.cacheBytes ?? DEFAULT_CACHE_BYTES,
    // Empty tiles are cached too, and lru-cache wants a positive size.
    sizeCalculation: (tile) => Math.max(1, tile.length),
  })
  let cachedVersion: number | undefined
  const tileMatrixSet = webMercatorQuad()

  /** The tileset of a collection; its limits come from the data's extent. */
  async function describeTileSet(collectionId: string, base: string): Promise<TileSet> {
    const collection = requireCollection(collectionId)
    const summary = await features.summarize(collection)
    return tileSet(collection, summary.bbox, base)
  }
  // The limits every OGC tile request is checked against, kept per data version like the tiles.
  const limitsCache = new Map<string, TileMatrixLimits[]>()
  let limitsVersion: number | undefined
  async function limitsOf(collectionId: string, base: string): Promise<TileMatrixLimits[]> {
    const version = await dataVersion()
    if (version !== limitsVersion) {
      limitsCache.clear()
      limitsVersion = version
    }
    const cached = limitsCache.get(collectionId)
    if (cached) return cached
    const limits = (await describeTileSet(collectionId, base)).tileMatrixSetLimits
    limitsCache.set(collectionId, limits)
    return limits
  }

  return {
    /**
     * The encoded tile at `{z}/{x}/{y}`; an empty buffer when no feature reaches it.
     * @throws NotFoundError for an unknown collection or a zoom outside the layer's minzoom..maxzoom
     * @throws ValidationError for coordinates outside the grid
     */
    async tile(collectionId: string, params: Record<string, unknown>): Promise<Buffer> {
      const collection = requireCollection(collectionId)
      const coordinates = parseTileCoordinates(params)
      const layer = TILE_LAYERS[collection.id]
      const { z, x, y } = coordinates
      // OGC API - Tiles answers 404 outside the tileset's limits; 204 would claim there is nothing here.
      if (!layer || z < layer.minzoom || z > layer.maxzoom) {
        throw new NotFoundError(
          TILE_MESSAGES.outsideZooms(collection.id, layer?.minzoom ?? 0, layer?.maxzoom ?? 0, z),
        )
      }
      const version = await dataVersion()
      if (version !== cachedVersion) {
        // Tiles of another version can never be asked for again: free their memory now.
        cache.clear()
        cachedVersion = version
      }
      const key = `${version}/${collection.id}/${z}/${x}/${y}`
      const cached = cache.get(key)
      if (cached) return cached
      const tile = await repo.tile(collection, coordinates)
      cache.set(key, tile)
      return tile
    },

    /**
     * The TileJSON of a collection's tiles, with its extent from the database.
     * @param base the absolute base URL of the API
     * @throws NotFoundError for an unknown collection
     */
    async tileJson(collectionId: string, base: string): Promise<TileJson> {
      const collection = requireCollection(collectionId)
      const summary = await features.summarize(collection)
      return tileJson(collection, summary.bbox, base)
    },

    /**
     * OGC API - Tiles: the tile at `{tileMatrix}/{tileRow}/{tileCol}` of WebMercatorQuad, the very bytes
     * of `/tiles/{collectionId}/{z}/{x}/{y}` with z = tileMatrix, x = tileCol, y = tileRow.
     * @throws ValidationError for a matrix, row or column that is not a whole number
     * @throws NotFoundError for another tile matrix set, or a tile outside the tileset's limits
     */
    async ogcTile(path: OgcTilePath, base: string): Promise<Buffer> {
      const requested = readOgcTile(path)
      requested.within(await limitsOf(path.collectionId, base))
      return this.tile(path.collectionId, requested.coordinates)
    },

    /** `/collections/{id}/tiles`. @throws NotFoundError for an unknown collection */
    tileSets(collectionId: string, base: string): TileSets {
      return tileSets(requireCollection(collectionId), base)
    },

    /** `/collections/{id}/tiles/{tileMatrixSetId}`. @throws NotFoundError for another tile matrix set */
    async tileSet(collectionId: string, tileMatrixSetId: string, base: string): Promise<TileSet> {
      requireTileMatrixSet(tileMatrixSetId)
      return describeTileSet(collectionId, base)
    },

    /** `/tileMatrixSets/{id}`. @throws NotFoundError for another tile matrix set */
    tileMatrixSet(tileMatrixSetId: string): TileMatrixSet {
      requireTileMatrixSet(tileMatrixSetId)
      return tileMatrixSet
    },
  }
}

export type TilesService = ReturnType<typeof createTilesService>
