import {
  ALERT_CATEGORIES,
  ALERT_SEVERITIES,
  ALERT_SORT_KEYS,
  ALERT_STATUSES,
  findCollection,
} from '@heritage-watch/shared'
import { collectionTable } from '../../collections/collection-tables.ts'
import type { AlertFilter, AlertSort, AlertSortKey } from '../../db/alerts-repo.ts'
import { type InvalidParam, ValidationError } from '../../errors.ts'
import { isCalendarDate } from '../../ogc/items-query.ts'

/** Output formats of GET /alerts: the page as JSON, or every match as CSV or GeoJSON. */
export const ALERT_LIST_FORMATS = ['json', 'csv', 'geojson'] as const
export type AlertListFormat = (typeof ALERT_LIST_FORMATS)[number]

export interface AlertListQuery {
  filter: AlertFilter
  sort: AlertSort[]
  limit: number
  offset: number
  format: AlertListFormat
}

export const ALERT_LIST_LIMIT_DEFAULT = 50
export const ALERT_LIST_LIMIT_MAX = 1000
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The filter parameters, shared with the feed; the list adds sort, limit, offset and f. */
export const ALERT_FILTER_PARAMETERS = [
  'status',
  'severity',
  'category',
  'commune',
  'collection',
  'feature',
  'assignee',
  'datetime',
  'q',
] as const
const LIST_PARAMETERS = [...ALERT_FILTER_PARAMETERS, 'sort', 'limit', 'offset', 'f']

function single(name: string, value: unknown, problems: InvalidParam[]): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    problems.push({ name, reason: 'must be given once (separate several values with commas)' })
    return undefined
  }
  return value
}

function oneOf<T extends string>(
  name: string,
  raw: string | undefined,
  allowed: readonly T[],
  problems: InvalidParam[],
): T[] | undefined {
  if (raw === undefined) return undefined
  const values = raw
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
  const wrong = values.filter((value) => !(allowed as readonly string[]).includes(value))
  if (values.length === 0 || wrong.length > 0) {
    problems.push({
      name,
      reason: `must be one or more of ${allowed.join(', ')} (comma-separated); got "${raw}"`,
    })
    return undefined
  }
  return values as T[]
}

/** An observed-date filter: a date, or an interval a/b, ../b or a/.. (date-times are cut to the date). */
function observedDates(raw: string, problems: InvalidParam[]): AlertFilter['observed'] {
  const parts = raw.split('/')
  const bound = (part: string | undefined) =>
    part === undefined || part === '' || part === '..' ? null : part.slice(0, 10)
  const [start, end] = parts.length === 1 ? [bound(raw), bound(raw)] : [bound(parts[0]), bound(parts[1])]
  const valid = (value: string | null) => value === null || (DATE.test(value) && isCalendarDate(value))
  if (parts.length > 2 || !valid(start) || !valid(end) || (start === null && end === null)) {
    problems.push({
      name: 'datetime',
      reason: 'must be a date (YYYY-MM-DD) or an interval a/b, ../b or a/..',
    })
    return undefined
  }
  if (start && end && start > end) {
    problems.push({ name: 'datetime', reason: 'the interval must not end before it starts' })
    return undefined
  }
  return { start, end }
}

function integer(name: string, raw: string | undefined, min: number, max: number, problems: InvalidParam[]) {
  if (raw === undefined) return undefined
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    problems.push({ name, reason: `must be a whole number from ${min} to ${max}, got "${raw}"` })
    return undefined
  }
  return Number(raw)
}

/**
 * Reads the filters shared by the list, its exports and the feed. `me` as assignee is the caller.
 * @throws never; problems are pushed for the caller to throw together
 */
export function parseAlertFilter(
  query: Record<string, unknown>,
  callerId: string | null,
  problems: InvalidParam[],
): AlertFilter {
  const filter: AlertFilter = {}
  filter.statuses = oneOf('status', single('status', query.status, problems), ALERT_STATUSES, problems)
  filter.severities = oneOf(
    'severity',
    single('severity', query.severity, problems),
    ALERT_SEVERITIES,
    problems,
  )
  filter.categories = oneOf(
    'category',
    single('category', query.category, problems),
    ALERT_CATEGORIES,
    problems,
  )
  const commune = single('commune', query.commune, problems)?.trim()
  if (commune) filter.commune = commune
  const collection = single('collection', query.collection, problems)
  if (collection !== undefined) {
    if (findCollection(collection)) filter.collection = collection
    else
      problems.push({
        name: 'collection',
        reason: `collection "${collection}" does not exist; see /collections`,
      })
  }
  const feature = single('feature', query.feature, problems)
  if (feature !== undefined) {
    const [collectionId, ...id] = feature.split('/')
    if (collectionId && findCollection(collectionId) && id.length > 0 && id.join('/') !== '') {
      filter.feature = { table: collectionTable(collectionId).table, id: id.join('/') }
    } else problems.push({ name: 'feature', reason: 'must be <collection>/<feature id>, e.g. terrils/74A' })
  }
  const assignee = single('assignee', query.assignee, problems)
  if (assignee === 'none') filter.assignee = { kind: 'none' }
  else if (assignee === 'me' && callerId) filter.assignee = { kind: 'user', id: callerId }
  else if (assignee !== undefined && UUID.test(assignee)) filter.assignee = { kind: 'user', id: assignee }
  else if (assignee !== undefined)
    problems.push({ name: 'assignee', reason: 'must be a user id (UUID), "me" or "none"' })
  const datetime = single('datetime', query.datetime, problems)
  if (datetime !== undefined) filter.observed = observedDates(datetime, problems)
  const text = single('q', query.q, problems)?.trim()
  if (text) filter.text = text
  for (const key of Object.keys(filter) as (keyof AlertFilter)[])
    if (filter[key] === undefined) delete filter[key]
  return filter
}

/**
 * Reads the query of GET /alerts.
 * @throws ValidationError naming every bad or unknown parameter
 */
export function parseAlertListQuery(query: Record<string, unknown>, callerId: string | null): AlertListQuery {
  const problems: InvalidParam[] = []
  for (const name of Object.keys(query).filter((name) => !LIST_PARAMETERS.includes(name))) {
    problems.push({ name, reason: `unknown parameter; known ones are ${LIST_PARAMETERS.join(', ')}` })
  }
  const filter = parseAlertFilter(query, callerId, problems)
  const sortRaw = single('sort', query.sort, problems)
  const sort: AlertSort[] = []
  for (const term of sortRaw
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean) ?? []) {
    const key = term.replace(/^[+-]/, '')
    if ((ALERT_SORT_KEYS as readonly string[]).includes(key)) {
      sort.push({ key: key as AlertSortKey, descending: term.startsWith('-') })
    } else
      problems.push({ name: 'sort', reason: `cannot sort on "${key}"; use ${ALERT_SORT_KEYS.join(', ')}` })
  }
  const limit = integer('limit', single('limit', query.limit, problems), 1, ALERT_LIST_LIMIT_MAX, problems)
  const offset = integer(
    'offset',
    single('offset', query.offset, problems),
    0,
    Number.MAX_SAFE_INTEGER,
    problems,
  )
  const format = oneOf('f', single('f', query.f, problems), ALERT_LIST_FORMATS, problems)
  if (format && format.length > 1) problems.push({ name: 'f', reason: 'give one format' })
  if (problems.length) throw new ValidationError(problems)
  return {
    filter,
    // Newest observations first unless asked otherwise: what an officer opens the desk for.
    sort: sort.length ? sort : [{ key: 'observedOn', descending: true }],
    limit: limit ?? ALERT_LIST_LIMIT_DEFAULT,
    offset: offset ?? 0,
    format: format?.[0] ?? 'json',
  }
}
