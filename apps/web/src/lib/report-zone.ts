import type { AlertGeometry } from '@heritage-watch/shared'

export type LonLat = [number, number]

/** A zone being drawn for a report: its vertices in click order, and whether it has been finished. */
export interface ZoneState {
  vertices: LonLat[]
  closed: boolean
}

export type ZoneAction =
  { type: 'add'; vertex: LonLat } | { type: 'undo' } | { type: 'finish' } | { type: 'clear' }

export const EMPTY_ZONE: ZoneState = { vertices: [], closed: false }

/** A polygon needs three corners; fewer make a line or a point, which PostGIS calls invalid. */
export const MIN_ZONE_VERTICES = 3

const samePosition = (a: LonLat, b: LonLat) => a[0] === b[0] && a[1] === b[1]

/**
 * The vertex list of the zone drawing: a click adds a vertex (a position already in the zone is left
 * out, so that a double click or a click on the first vertex adds no zero-length side), "finish" closes
 * it once it has enough vertices, "undo" takes the last one back (and reopens a finished zone), "clear"
 * starts again. A finished zone takes no more vertices.
 */
export function zoneReducer(state: ZoneState, action: ZoneAction): ZoneState {
  switch (action.type) {
    case 'add':
      if (state.closed || state.vertices.some((vertex) => samePosition(vertex, action.vertex))) return state
      return { vertices: [...state.vertices, action.vertex], closed: false }
    case 'undo':
      if (state.vertices.length === 0) return state
      return { vertices: state.vertices.slice(0, -1), closed: false }
    case 'finish':
      if (state.vertices.length < MIN_ZONE_VERTICES) return state
      return { ...state, closed: true }
    case 'clear':
      return EMPTY_ZONE
  }
}

/**
 * The zone's outer ring, closed (its last position repeats the first), as GeoJSON and the API want it.
 * @returns null when the vertices are too few for a polygon
 */
export function zoneRing(vertices: readonly LonLat[]): LonLat[] | null {
  const first = vertices[0]
  if (!first || vertices.length < MIN_ZONE_VERTICES) return null
  return [...vertices, first]
}

/** The finished zone as the report's `geometry`, or null while it is being drawn. */
export function zoneGeometry(zone: ZoneState): Extract<AlertGeometry, { type: 'Polygon' }> | null {
  const ring = zone.closed ? zoneRing(zone.vertices) : null
  return ring ? { type: 'Polygon', coordinates: [ring] } : null
}

/**
 * What the map draws of the zone: its vertices, the path between them while it is open (with the side
 * back to the first vertex once there are three, so that the shape is seen live), and its fill once
 * it has three vertices. Each feature says its `part` (vertex, outline, area), which the layers filter on.
 */
export function zoneToGeoJson(zone: ZoneState): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = zone.vertices.map((vertex) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: vertex },
    properties: { part: 'vertex' },
  }))
  const ring = zoneRing(zone.vertices)
  if (ring)
    features.unshift({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [ring] },
      properties: { part: 'area', closed: zone.closed },
    })
  else if (zone.vertices.length === 2)
    features.unshift({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: zone.vertices },
      properties: { part: 'outline' },
    })
  return { type: 'FeatureCollection', features }
}
