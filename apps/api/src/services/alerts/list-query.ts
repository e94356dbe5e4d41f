import {
  ALERT_LIST_LIMIT_DEFAULT,
  type AlertListParameters,
  type AlertSort,
  DEFAULT_ALERT_SORT,
} from '@heritage-watch/shared'
import { collectionTable } from '../../collections/collection-tables.ts'
import type { AlertListFilter } from '../../db/alert-read-repo.ts'

// The query of GET /alerts is read by its route's schema (AlertListQuerySchema in packages/shared);
// what is left here needs the API: who `me` is, and which table a feature is stored in.

type AlertListFormat = NonNullable<AlertListParameters['f']>

export interface AlertListQuery {
  filter: AlertListFilter
  sort: AlertSort[]
  limit: number
  offset: number
  format: AlertListFormat
}

/** The filters as read by a route's schema; the list, its exports, the feed and the collection share them. */
export type AlertFilterParameters = Partial<
  Pick<
    AlertListParameters,
    'status' | 'severity' | 'category' | 'commune' | 'collection' | 'feature' | 'assignee' | 'datetime' | 'q'
  >
>

/**
 * The repo's filter from the parsed parameters. `me` as assignee is the caller.
 * @param callerId the caller's user id; null for a caller who is no user
 */
export function alertFilter(parameters: AlertFilterParameters, callerId: string | null): AlertListFilter {
  const { assignee } = parameters
  const filter: AlertListFilter = {
    statuses: parameters.status,
    severities: parameters.severity,
    categories: parameters.category,
    commune: parameters.commune,
    collection: parameters.collection,
    feature: parameters.feature && {
      table: collectionTable(parameters.feature.collection).table,
      id: parameters.feature.id,
    },
    assignee:
      assignee === 'none'
        ? { kind: 'none' }
        : assignee === 'me'
          ? callerId === null
            ? undefined
            : { kind: 'user', id: callerId }
          : assignee === undefined
            ? undefined
            : { kind: 'user', id: assignee },
    observed: parameters.datetime,
    text: parameters.q,
  }
  for (const key of Object.keys(filter) as (keyof AlertListFilter)[])
    if (filter[key] === undefined) delete filter[key]
  return filter
}

/** GET /alerts's query as the service reads it: the filter, the sort (newest observations first), the page. */
export function alertListQuery(parameters: AlertListParameters, callerId: string | null): AlertListQuery {
  return {
    filter: alertFilter(parameters, callerId),
    // Newest observations first unless asked otherwise: what an officer opens the desk for.
    sort: parameters.sort?.length ? parameters.sort : [DEFAULT_ALERT_SORT],
    limit: parameters.limit ?? ALERT_LIST_LIMIT_DEFAULT,
    offset: parameters.offset ?? 0,
    format: parameters.f ?? 'json',
  }
}
