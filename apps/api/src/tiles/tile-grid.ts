import type { TileCoordinates } from '@heritage-watch/shared'

// The tile grid shared by both engines: the SQL of the ST_AsMVT engine and the geojson-vt fallback take
// their extent, buffer and size thresholds from here, so that the two make the same tile.

/** Tile coordinate units per tile side: the MVT default, and what ST_AsMVT and geojson-vt assume. */
export const TILE_EXTENT = 4096

/**
 * Units drawn around the tile, so that lines and polygon outlines crossing the edge join without seams
 * (the usual 64 of 4096, as in ST_AsMVTGeom's examples and geojson-vt's default).
 */
export const TILE_BUFFER = 64

/**
 * The smallest polygon a tile carries, in square tile units. ST_AsMVTGeom drops what is under half a
 * unit, but polygons of one or two units are then kept or dropped by wagyu's snap rounding, which the
 * fallback cannot reproduce. 16 square units is a quarter of a screen pixel (a 4096 tile is drawn on
 * 512 px), so nothing visible is lost and both engines decide alike.
 */
const MIN_POLYGON_AREA_UNITS = 16

/** The shortest line a tile carries (its extent along x or y, in tile units), for the same reason. */
const MIN_LINE_EXTENT_UNITS = 2

/** Side of the Web Mercator (EPSG:3857) square, in metres. */
const WORLD_SIZE_METRES = 2 * 20037508.342789244

/**
 * The size of one tile unit at a zoom, in EPSG:3857 metres.
 * @example tileUnitMetres(0) // ≈ 9784
 */
function tileUnitMetres(zoom: number): number {
  return WORLD_SIZE_METRES / 2 ** zoom / TILE_EXTENT
}

/** What the tile SQL of both engines takes: the coordinates, the grid and the size thresholds in metres. */
export function tileQueryValues({ z, x, y }: TileCoordinates) {
  const unit = tileUnitMetres(z)
  return {
    z,
    x,
    y,
    extent: TILE_EXTENT,
    buffer: TILE_BUFFER,
    margin: TILE_BUFFER / TILE_EXTENT,
    minArea: MIN_POLYGON_AREA_UNITS * unit * unit,
    minLineExtent: MIN_LINE_EXTENT_UNITS * unit,
    /** ST_AsMVTGeom's own simplification tolerance: half a tile unit. */
    tolerance: unit / 2,
  }
}
