import { type TileCoordinates, type TileMatrixLimits, WEB_MERCATOR_QUAD } from '@heritage-watch/shared'
import { type InvalidParam, NotFoundError, ValidationError } from '../errors.ts'

// Reads `/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}`.
// OGC API - Tiles (/req/core/tc-error): a parameter that is not a whole number is a bad request (400);
// a well-formed tile outside the tile matrix set or the tileset's limits does not exist (404).

export interface OgcTilePath {
  collectionId: string
  tileMatrixSetId: string
  tileMatrix: string
  tileRow: string
  tileCol: string
}

const WHOLE_NUMBER = /^(0|[1-9][0-9]{0,8})$/

const TILE_MESSAGES = {
  unknownSet: (id: string) =>
    `tile matrix set "${id}" is not offered; see /tileMatrixSets (${WEB_MERCATOR_QUAD})`,
  outsideLimits: (matrix: string, row: number, column: number) =>
    `no tile at tileMatrix ${matrix}, tileRow ${row}, tileCol ${column}: outside the tileset's tileMatrixSetLimits`,
} as const

/** @throws NotFoundError for any tile matrix set but WebMercatorQuad */
export function requireTileMatrixSet(id: string): void {
  if (id !== WEB_MERCATOR_QUAD) throw new NotFoundError(TILE_MESSAGES.unknownSet(id))
}

/**
 * Reads the tile's matrix, row and column as numbers.
 * @returns the slippy-map coordinates (z = matrix, x = column, y = row) and a check against the limits
 * @throws NotFoundError for another tile matrix set; ValidationError naming each malformed parameter
 */
export function readOgcTile(path: OgcTilePath) {
  requireTileMatrixSet(path.tileMatrixSetId)
  const names = ['tileMatrix', 'tileRow', 'tileCol'] as const
  const problems: InvalidParam[] = names
    .filter((name) => !WHOLE_NUMBER.test(path[name]))
    .map((name) => ({ name, reason: `must be a whole number, got "${path[name]}"` }))
  if (problems.length > 0) throw new ValidationError(problems)
  const coordinates: TileCoordinates = {
    z: Number(path.tileMatrix),
    x: Number(path.tileCol),
    y: Number(path.tileRow),
  }
  return {
    coordinates,
    /** @throws NotFoundError when the tile is outside every limit of its matrix */
    within(limits: readonly TileMatrixLimits[]): void {
      const limit = limits.find((candidate) => candidate.tileMatrix === String(coordinates.z))
      const inside =
        limit !== undefined &&
        coordinates.y >= limit.minTileRow &&
        coordinates.y <= limit.maxTileRow &&
        coordinates.x >= limit.minTileCol &&
        coordinates.x <= limit.maxTileCol
      if (!inside)
        throw new NotFoundError(TILE_MESSAGES.outsideLimits(path.tileMatrix, coordinates.y, coordinates.x))
    },
  }
}
