import {
  INDICATOR_POLYGON_MAX_POSITIONS as MAX_POSITIONS,
  type IndicatorAreaKind,
  type IndicatorsQuery,
} from '@heritage-watch/shared'
import type { IndicatorScope, IndicatorsRepo } from '../../db/indicators-repo.ts'
import { type InvalidParam, ValidationError } from '../../errors.ts'

// Reads the area of GET /indicators: its kind and code, its name, and a drawn polygon checked first by
// shape (here) and then by PostGIS (valid, inside the basin).

const FIXED_LABELS: Partial<Record<IndicatorAreaKind, string>> = {
  bassin: 'Bassin minier du Nord-Pas-de-Calais',
  bien: 'Bien inscrit au patrimoine mondial',
  'zone-tampon': 'Zone tampon du bien',
  polygone: 'Polygone dessiné',
}

const invalid = (reason: string, code?: InvalidParam['code']): never => {
  throw new ValidationError([{ name: 'polygon', reason, ...(code ? { code } : {}) }])
}

const isPosition = (value: unknown) =>
  Array.isArray(value) &&
  (value.length === 2 || value.length === 3) &&
  value.every((number) => typeof number === 'number' && Number.isFinite(number))

/** The polygon's GeoJSON text, re-serialised, when its shape is a closed Polygon of bounded size. */
export function polygonShape(raw: string): string {
  let geometry: unknown
  try {
    geometry = JSON.parse(raw)
  } catch {
    return invalid('must be a GeoJSON Polygon geometry (JSON)', 'geometry_invalid')
  }
  const { type, coordinates } = (geometry ?? {}) as { type?: unknown; coordinates?: unknown }
  if (type !== 'Polygon' || !Array.isArray(coordinates) || coordinates.length === 0)
    return invalid('must be a GeoJSON Polygon geometry', 'geometry_invalid')
  let positions = 0
  for (const ring of coordinates as unknown[]) {
    if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition))
      return invalid('each ring must have at least 4 [longitude, latitude] positions', 'geometry_invalid')
    const [first, last] = [ring[0] as number[], ring[ring.length - 1] as number[]]
    if (first[0] !== last[0] || first[1] !== last[1])
      return invalid('each ring must end where it starts', 'geometry_invalid')
    positions += ring.length
  }
  if (positions > MAX_POSITIONS) return invalid(`must have at most ${MAX_POSITIONS} positions`)
  return JSON.stringify({ type: 'Polygon', coordinates })
}

/** The scope and the area's name for a validated query. */
export async function resolveScope(
  repo: IndicatorsRepo,
  query: IndicatorsQuery,
): Promise<{ scope: IndicatorScope; label: string }> {
  const period = { from: query.from ?? null, to: query.to ?? null }
  if (query.polygon !== undefined) {
    const polygon = polygonShape(query.polygon)
    const check = await repo.checkPolygon(polygon)
    if (!check.valid)
      invalid(`is not a valid polygon: ${check.invalidReason ?? 'unknown reason'}`, 'geometry_invalid')
    if (!check.inBasin)
      invalid(
        check.inBasinSwapped
          ? 'has [latitude, longitude] positions; GeoJSON wants [longitude, latitude]'
          : 'must lie inside the bassin minier',
        check.inBasinSwapped ? 'geometry_coordinate_order' : 'geometry_outside_bassin',
      )
    return { scope: { kind: 'polygone', code: null, polygon, ...period }, label: FIXED_LABELS.polygone! }
  }
  const [kind, code] = (query.area ?? 'bassin').split(':') as [IndicatorAreaKind, string | undefined]
  if (code === undefined)
    return { scope: { kind, code: null, polygon: null, ...period }, label: FIXED_LABELS[kind] ?? kind }
  const label = await repo.areaLabel(kind, code)
  if (label === undefined)
    throw new ValidationError([{ name: 'area', reason: `${kind} ${code} is not in the bassin minier` }])
  return { scope: { kind, code, polygon: null, ...period }, label }
}
