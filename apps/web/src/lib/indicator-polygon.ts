import { INDICATOR_POLYGON_MAX_CHARS, INDICATOR_POLYGON_MAX_POSITIONS } from '@heritage-watch/shared'
import kinks from '@turf/kinks'
import simplify from '@turf/simplify'
import { type LonLat, MIN_ZONE_VERTICES, zoneRing } from './report-zone.ts'

/** A drawn zone made ready for `GET /indicators?area=polygone`, or why it cannot be sent. */
export type PreparedPolygon =
  { ok: true; polygon: GeoJSON.Polygon } | { ok: false; reason: 'too-few' | 'self-crossing' | 'too-complex' }

// Six decimals are about 10 cm: far finer than a click, and they keep the query string short.
const round = (value: number) => Math.round(value * 1e6) / 1e6

/** The vertices rounded, without a vertex that repeats the one before it (rounding may join two). */
function roundedVertices(vertices: readonly LonLat[]): LonLat[] {
  const rounded: LonLat[] = []
  for (const [lon, lat] of vertices) {
    const vertex: LonLat = [round(lon), round(lat)]
    const previous = rounded.at(-1)
    if (!previous || previous[0] !== vertex[0] || previous[1] !== vertex[1]) rounded.push(vertex)
  }
  return rounded
}

const crossesItself = (polygon: GeoJSON.Polygon) =>
  kinks({ type: 'Feature', geometry: polygon, properties: {} }).features.length > 0

const fitsTheApi = (polygon: GeoJSON.Polygon) =>
  polygon.coordinates[0]!.length <= INDICATOR_POLYGON_MAX_POSITIONS &&
  JSON.stringify(polygon).length <= INDICATOR_POLYGON_MAX_CHARS

/**
 * The drawn vertices as the API takes a polygon: its ring closed, rounded, and simplified (a tolerance
 * doubled until it fits) when it has more positions or characters than the API accepts. A ring that
 * crosses itself is refused here, with a message the user can act on, rather than by the database.
 */
export function prepareIndicatorPolygon(vertices: readonly LonLat[]): PreparedPolygon {
  const ring = zoneRing(roundedVertices(vertices))
  if (!ring || new Set(ring.map(String)).size < MIN_ZONE_VERTICES) return { ok: false, reason: 'too-few' }
  let polygon: GeoJSON.Polygon = { type: 'Polygon', coordinates: [ring] }
  if (crossesItself(polygon)) return { ok: false, reason: 'self-crossing' }
  for (let tolerance = 1e-6; !fitsTheApi(polygon); tolerance *= 2) {
    // A degree is far wider than any area of the basin: past it, no simplification will do.
    if (tolerance > 1) return { ok: false, reason: 'too-complex' }
    const simpler = simplify(polygon, { tolerance, highQuality: true })
    // Simplifying may fold a thin part over another: such a tolerance is skipped for a larger one.
    if (!crossesItself(simpler)) polygon = simpler
  }
  return { ok: true, polygon }
}
