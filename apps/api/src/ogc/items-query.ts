import {
  type CollectionDefinition,
  CRS_DETAILS,
  CRS84,
  ITEMS_LIMIT_DEFAULT,
  ITEMS_LIMIT_MAX,
  type PropertyDefinition,
  parseCrs,
  SUPPORTED_CRS,
  type SupportedCrs,
} from '@heritage-watch/shared'
import { type InvalidParam, ValidationError } from '../errors.ts'

export interface BoundingBox {
  minX: number
  minY: number
  maxX: number
  maxY: number
  crs: SupportedCrs
}

export type FilterValue = string | number | boolean
export interface PropertyFilter {
  property: PropertyDefinition
  value: FilterValue
}

export interface ItemsQuery {
  bbox?: BoundingBox
  crs: SupportedCrs
  limit: number
  offset: number
  /** Inclusive bounds as ISO dates; null is open-ended. */
  datetime?: { start: string | null; end: string | null }
  /** Properties to return; undefined returns them all. */
  properties?: string[]
  sortby: { name: string; descending: boolean }[]
  filters: PropertyFilter[]
}

const RESERVED = [
  'bbox',
  'bbox-crs',
  'crs',
  'limit',
  'offset',
  'datetime',
  'properties',
  'sortby',
  'f',
] as const
export const CRS_LIST = SUPPORTED_CRS.join(', ')

function single(name: string, value: unknown, problems: InvalidParam[]): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    problems.push({ name, reason: 'must be given once' })
    return undefined
  }
  return value
}

function parseInteger(name: string, raw: string, min: number, max: number, problems: InvalidParam[]) {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    problems.push({ name, reason: `must be a whole number from ${min} to ${max}, got "${raw}"` })
    return undefined
  }
  return Number(raw)
}

/** Reads `bbox` in `bbox-crs` (CRS84 by default) as x/y bounds; problems are pushed, never thrown. */
export function parseBbox(
  raw: string,
  crsRaw: string | undefined,
  problems: InvalidParam[],
): BoundingBox | undefined {
  const crs = crsRaw === undefined ? CRS84 : parseCrs(crsRaw)
  if (!crs) {
    problems.push({ name: 'bbox-crs', reason: `must be one of ${CRS_LIST}, got "${crsRaw}"` })
    return undefined
  }
  const numbers = raw.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)))
  if ((numbers.length !== 4 && numbers.length !== 6) || numbers.some((n) => !Number.isFinite(n))) {
    problems.push({ name: 'bbox', reason: `must be 4 (or 6) comma-separated numbers, got "${raw}"` })
    return undefined
  }
  // With 6 numbers the third and sixth are heights, which our 2D layers ignore.
  const [a, b, c, d] = numbers.length === 6 ? [numbers[0], numbers[1], numbers[3], numbers[4]] : numbers
  const latitudeFirst = CRS_DETAILS[crs].latitudeFirst
  const [minX, minY, maxX, maxY] = (latitudeFirst ? [b, a, d, c] : [a, b, c, d]) as number[]
  if (minX === undefined || minY === undefined || maxX === undefined || maxY === undefined) return undefined
  if (minX > maxX || minY > maxY) {
    problems.push({
      name: 'bbox',
      reason: 'the lower corner must come first: minimum x/y must not exceed maximum x/y',
    })
    return undefined
  }
  if (CRS_DETAILS[crs].srid === 4326 && (minX < -180 || maxX > 180 || minY < -90 || maxY > 90)) {
    problems.push({
      name: 'bbox',
      reason: 'longitudes must lie within -180..180 and latitudes within -90..90',
    })
    return undefined
  }
  // The area of use of Lambert-93 (metropolitan France), rounded outwards.
  const outsideLambert93 = minX < -400_000 || maxX > 1_400_000 || minY < 6_000_000 || maxY > 7_300_000
  if (CRS_DETAILS[crs].srid === 2154 && outsideLambert93) {
    problems.push({
      name: 'bbox',
      reason: 'Lambert-93 coordinates must lie within x -400000..1400000 and y 6000000..7300000',
    })
    return undefined
  }
  return { minX, minY, maxX, maxY, crs }
}

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/

/**
 * Whether a value starts with a day that exists (Date.parse accepts 30 February and rolls it over;
 * PostgreSQL refuses it, and has no year 0). Years before 100 are refused too.
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function parseDatetime(raw: string, collection: CollectionDefinition, problems: InvalidParam[]) {
  if (!collection.temporal) {
    problems.push({ name: 'datetime', reason: `collection "${collection.id}" has no dates to filter on` })
    return undefined
  }
  const parts = raw.split('/')
  const bound = (part: string | undefined) =>
    part === undefined || part === '' || part === '..' ? null : part
  const [start, end] =
    parts.length === 1
      ? [raw, raw]
      : parts.length === 2
        ? [bound(parts[0]), bound(parts[1])]
        : [undefined, undefined]
  const valid = (value: string | null | undefined) =>
    value === null ||
    (value !== undefined && DATE.test(value) && !Number.isNaN(Date.parse(value)) && isCalendarDate(value))
  if (parts.length > 2 || !valid(start) || !valid(end) || (start === null && end === null)) {
    problems.push({
      name: 'datetime',
      reason: 'must be an RFC 3339 date or date-time, or an interval a/b, ../b or a/..',
    })
    return undefined
  }
  if (start && end && Date.parse(start) > Date.parse(end)) {
    problems.push({ name: 'datetime', reason: 'the interval must not end before it starts' })
    return undefined
  }
  return { start: start ?? null, end: end ?? null }
}

function parseFilterValue(
  property: PropertyDefinition,
  raw: string,
  problems: InvalidParam[],
): FilterValue | undefined {
  const fail = (reason: string) => {
    problems.push({ name: property.name, reason })
    return undefined
  }
  switch (property.kind) {
    case 'integer':
      return /^-?\d+$/.test(raw) ? Number(raw) : fail(`must be a whole number, got "${raw}"`)
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw))
        ? Number(raw)
        : fail(`must be a number, got "${raw}"`)
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : fail(`must be true or false, got "${raw}"`)
    default:
      if (property.enum && !property.enum.includes(raw))
        return fail(`must be one of ${property.enum.join(', ')}, got "${raw}"`)
      return raw.trim() === '' ? fail('must not be empty') : raw
  }
}

/**
 * Reads the query of `/collections/{id}/items` against what the collection offers.
 * @throws ValidationError naming every parameter at fault, unknown ones included
 */
export function parseItemsQuery(
  collection: CollectionDefinition,
  query: Record<string, unknown>,
): ItemsQuery {
  const problems: InvalidParam[] = []
  const byName = new Map(collection.properties.map((property) => [property.name, property]))
  const filters: PropertyFilter[] = []
  for (const [name, value] of Object.entries(query)) {
    if ((RESERVED as readonly string[]).includes(name)) continue
    const property = byName.get(name)
    if (!property?.filter) {
      const filterable = collection.properties.filter((p) => p.filter).map((p) => p.name)
      problems.push({
        name,
        reason: `unknown parameter; this collection accepts ${[...RESERVED, ...filterable].join(', ')}`,
      })
      continue
    }
    const raw = single(name, value, problems)
    const parsed = raw === undefined ? undefined : parseFilterValue(property, raw, problems)
    if (parsed !== undefined) filters.push({ property, value: parsed })
  }

  const crsRaw = single('crs', query.crs, problems)
  const crs = crsRaw === undefined ? CRS84 : parseCrs(crsRaw)
  if (!crs) problems.push({ name: 'crs', reason: `must be one of ${CRS_LIST}, got "${crsRaw}"` })

  const bboxRaw = single('bbox', query.bbox, problems)
  const bboxCrs = single('bbox-crs', query['bbox-crs'], problems)
  const bbox = bboxRaw === undefined ? undefined : parseBbox(bboxRaw, bboxCrs, problems)

  const limitRaw = single('limit', query.limit, problems)
  const limit =
    limitRaw === undefined
      ? ITEMS_LIMIT_DEFAULT
      : parseInteger('limit', limitRaw, 1, ITEMS_LIMIT_MAX, problems)
  const offsetRaw = single('offset', query.offset, problems)
  const offset =
    offsetRaw === undefined ? 0 : parseInteger('offset', offsetRaw, 0, Number.MAX_SAFE_INTEGER, problems)

  const datetimeRaw = single('datetime', query.datetime, problems)
  const datetime = datetimeRaw === undefined ? undefined : parseDatetime(datetimeRaw, collection, problems)

  const propertiesRaw = single('properties', query.properties, problems)
  let properties: string[] | undefined
  if (propertiesRaw !== undefined) {
    properties = propertiesRaw
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
    for (const name of properties.filter((name) => !byName.has(name))) {
      problems.push({ name: 'properties', reason: `"${name}" is not a property of this collection` })
    }
  }

  const sortbyRaw = single('sortby', query.sortby, problems)
  const sortby: ItemsQuery['sortby'] = []
  for (const term of sortbyRaw
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean) ?? []) {
    const descending = term.startsWith('-')
    const name = term.replace(/^[+-]/, '')
    const property = byName.get(name)
    if (name !== 'id' && (!property || property.kind === 'string[]')) {
      problems.push({
        name: 'sortby',
        reason: `cannot sort on "${name}": not a single-valued property of this collection`,
      })
    } else sortby.push({ name, descending })
  }

  if (problems.length) throw new ValidationError(problems)
  return {
    bbox,
    crs: crs ?? CRS84,
    limit: limit ?? ITEMS_LIMIT_DEFAULT,
    offset: offset ?? 0,
    datetime,
    properties,
    sortby,
    filters,
  }
}

/**
 * Reads the query of a single resource that only takes the output format and, for features, a CRS.
 * @throws ValidationError for unknown parameters or an unsupported CRS
 */
export function parseResourceQuery(query: Record<string, unknown>, allowCrs: boolean): { crs: SupportedCrs } {
  const problems: InvalidParam[] = []
  const allowed = allowCrs ? ['f', 'crs'] : ['f']
  for (const name of Object.keys(query)) {
    if (!allowed.includes(name))
      problems.push({ name, reason: `unknown parameter; accepted: ${allowed.join(', ')}` })
  }
  const crsRaw = allowCrs ? single('crs', query.crs, problems) : undefined
  const crs = crsRaw === undefined ? CRS84 : parseCrs(crsRaw)
  if (!crs) problems.push({ name: 'crs', reason: `must be one of ${CRS_LIST}, got "${crsRaw}"` })
  if (problems.length) throw new ValidationError(problems)
  return { crs: crs ?? CRS84 }
}
