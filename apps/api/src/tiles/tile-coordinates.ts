import { TILE_ZOOM_MAX, type TileCoordinates, TileCoordinatesSchema } from '@heritage-watch/shared'
import { type InvalidParam, ValidationError } from '../errors.ts'

const NAMES = ['z', 'x', 'y'] as const

function reason(name: (typeof NAMES)[number], raw: unknown, zoom: number | undefined): string {
  const got = `got "${String(raw)}"`
  if (name === 'z') return `must be a whole number from 0 to ${TILE_ZOOM_MAX}, ${got}`
  // The grid of a valid zoom says exactly which columns and rows exist.
  return zoom === undefined
    ? `must be a whole number from 0 to 2^z - 1, ${got}`
    : `must be a whole number from 0 to ${2 ** zoom - 1} at zoom ${zoom}, ${got}`
}

/**
 * Reads the `{z}/{x}/{y}` path parameters with the shared TileCoordinatesSchema.
 * @throws ValidationError naming every parameter that is not a whole number inside the zoom's grid
 */
export function parseTileCoordinates(params: Record<string, unknown>): TileCoordinates {
  const parsed = TileCoordinatesSchema.safeParse(params)
  if (parsed.success) return parsed.data
  const zoom = TileCoordinatesSchema.shape.z.safeParse(params.z)
  const invalid = new Set(parsed.error.issues.map((issue) => issue.path[0]))
  const problems: InvalidParam[] = NAMES.filter((name) => invalid.has(name)).map((name) => ({
    name,
    reason: reason(name, params[name], zoom.success ? zoom.data : undefined),
  }))
  throw new ValidationError(problems)
}
