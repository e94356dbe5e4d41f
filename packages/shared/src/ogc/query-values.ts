import { z } from 'zod'
import { parseCrs, SUPPORTED_CRS, type SupportedCrs } from './crs.ts'

// The building blocks of every query-string schema. A query value arrives as text, or as an array when
// the parameter is repeated; each block reads one text and says in its own words what is wrong, so that
// a problem's `invalid-params` reads the same whatever the route. `.meta()` gives the OpenAPI document
// the type the text stands for (an integer, a list), not the `string` that travels.

/** The largest value of a PostgreSQL `integer` column: a filter beyond it would fail in the database. */
export const INTEGER_COLUMN_RANGE = { min: -2_147_483_648, max: 2_147_483_647 } as const

/** A parameter given at most once (repeated ones arrive as an array and are refused). */
export function onceText(repeated = 'must be given once') {
  return z.string({ error: repeated })
}

/**
 * A whole number written in decimal digits, within bounds.
 * @param bounds inclusive; `signed` accepts a leading minus
 * @example wholeNumber({ min: 1, max: 10000 }).parse('50') // 50
 */
export function wholeNumber(bounds: { min: number; max: number; signed?: boolean; default?: number }) {
  const pattern = bounds.signed ? /^-?\d+$/ : /^\d+$/
  return onceText()
    .transform((raw, context) => {
      const value = Number(raw)
      if (pattern.test(raw) && value >= bounds.min && value <= bounds.max) return value
      context.addIssue({
        code: 'custom',
        message: `must be a whole number from ${bounds.min} to ${bounds.max}, got "${raw}"`,
      })
      return z.NEVER
    })
    .meta({
      type: 'integer',
      minimum: bounds.min,
      maximum: bounds.max,
      // zod drops `default` from the input side of a transform, but writes `_prefault` there as the
      // default: the value a client gets by leaving the parameter out.
      ...(bounds.default === undefined ? {} : { _prefault: bounds.default }),
    } as Record<string, unknown>)
}

/**
 * Comma-separated values, each one of `allowed`.
 * @example valueList(['a', 'b'], 'status').parse('a,b') // ['a', 'b']
 */
export function valueList<T extends string>(allowed: readonly T[]) {
  return onceText('must be given once (separate several values with commas)')
    .transform((raw, context) => {
      const values = raw
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean)
      if (values.length > 0 && values.every((value) => (allowed as readonly string[]).includes(value)))
        return values as T[]
      context.addIssue({
        code: 'custom',
        message: `must be one or more of ${allowed.join(', ')} (comma-separated); got "${raw}"`,
      })
      return z.NEVER
    })
    .meta({ type: 'array', items: { type: 'string', enum: [...allowed] } } as Record<string, unknown>)
}

export const CRS_LIST = SUPPORTED_CRS.join(', ')

/** A CRS among those offered, as a URI, a safe CURIE or `EPSG:2154`; read to its canonical URI. */
export const CrsValueSchema = onceText()
  .transform((raw, context): SupportedCrs => {
    const crs = parseCrs(raw)
    if (crs) return crs
    context.addIssue({ code: 'custom', message: `must be one of ${CRS_LIST}, got "${raw}"` })
    return z.NEVER
  })
  .meta({ type: 'string', enum: [...SUPPORTED_CRS] } as Record<string, unknown>)

/** `f`: the output format of a resource offered as JSON and HTML (the Accept header decides without it). */
export const FormatValueSchema = onceText('must be one of json, geojson, html')
  .refine(
    (raw) => ['json', 'geojson', 'html'].includes(raw.toLowerCase()),
    'must be one of json, geojson, html',
  )
  .meta({ description: 'Format de la réponse', enum: ['json', 'geojson', 'html'] })

/** The 4 (or 6, with heights) numbers of a `bbox`, as written; their order is checked with bbox-crs. */
export const BboxNumbersSchema = onceText()
  .transform((raw, context) => {
    const numbers = raw.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)))
    if ((numbers.length === 4 || numbers.length === 6) && numbers.every((n) => Number.isFinite(n)))
      return numbers
    context.addIssue({ code: 'custom', message: `must be 4 (or 6) comma-separated numbers, got "${raw}"` })
    return z.NEVER
  })
  .meta({
    type: 'array',
    minItems: 4,
    maxItems: 6,
    items: { type: 'number' },
    description: 'Emprise minx,miny,maxx,maxy (ou 6 nombres) dans bbox-crs (CRS84 par défaut)',
  } as Record<string, unknown>)

/**
 * Whether a value starts with a day that exists (Date.parse accepts 30 February and rolls it over;
 * PostgreSQL refuses it, and has no year 0).
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** Inclusive bounds; null is open-ended. */
export interface DateInterval {
  start: string | null
  end: string | null
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/

/**
 * `datetime`: an instant or an interval `a/b`, `../b`, `a/..` (OGC API - Features Part 1 §7.15.4).
 * @param days `true` reads every bound as its date (date-times are cut to YYYY-MM-DD), for dates that
 *   have no time of day such as an alert's observation date
 */
export function dateInterval(days = false) {
  const expected = days
    ? 'must be a date (YYYY-MM-DD) or an interval a/b, ../b or a/..'
    : 'must be an RFC 3339 date or date-time, or an interval a/b, ../b or a/..'
  return onceText()
    .transform((raw, context): DateInterval => {
      const parts = raw.split('/')
      const bound = (part: string | undefined) =>
        part === undefined || part === '' || part === '..' ? null : days ? part.slice(0, 10) : part
      const [start, end] = parts.length === 1 ? [bound(raw), bound(raw)] : [bound(parts[0]), bound(parts[1])]
      const valid = (value: string | null) =>
        value === null || (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) && isCalendarDate(value))
      if (parts.length > 2 || !valid(start) || !valid(end) || (start === null && end === null)) {
        context.addIssue({ code: 'custom', message: expected })
        return z.NEVER
      }
      if (start && end && Date.parse(start) > Date.parse(end)) {
        context.addIssue({ code: 'custom', message: 'the interval must not end before it starts' })
        return z.NEVER
      }
      return { start, end }
    })
    .meta({
      type: 'string',
      description: days
        ? 'Date d’observation : une date, ou un intervalle a/b, ../b, a/..'
        : 'Instant ou intervalle RFC 3339 (a/b, ../b, a/..) comparé à la période d’activité',
    } as Record<string, unknown>)
}
