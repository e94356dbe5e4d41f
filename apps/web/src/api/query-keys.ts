import type { AlertFilter, AlertPreviewRequest, AlertSort } from '@heritage-watch/shared'
import type { IndicatorsRequest } from '../lib/indicators-query.ts'
import type { FeatureRef } from '../lib/url-state.ts'

/**
 * Every query key of the app, defined once. The first element says whose data it is: the public map's
 * (kept across sign-in and sign-out) or the account's (`ACCOUNT_QUERY_ROOTS`, reset when the account
 * changes). Alert keys share the root `alerts`, so that one invalidation refreshes all of them.
 */
export const queryKeys = {
  collections: ['collections'] as const,
  layerCount: (collection: string, filter: Readonly<Record<string, string>>) =>
    ['layer-count', collection, filter] as const,
  search: (query: string, page: number) => ['search', query, page] as const,
  reverseGeocode: (position: readonly [number, number]) => ['reverse-geocode', ...position] as const,
  basemaps: ['basemaps'] as const,
  feature: ({ collection, id }: FeatureRef) => ['feature', collection, id] as const,
  featureContext: ({ collection, id }: FeatureRef) => ['feature-context', collection, id] as const,
  centreMarkers: (collection: string) => ['centre-markers', collection] as const,
  me: ['me'] as const,
  alerts: ['alerts'] as const,
  alertLists: ['alerts', 'list'] as const,
  alertList: (filter: AlertFilter, sort: AlertSort, page: { limit: number; offset: number }) =>
    ['alerts', 'list', { filter, sort, page }] as const,
  alert: (id: string) => ['alerts', 'record', id] as const,
  alertBadges: ['alerts', 'badges'] as const,
  // Under the lists' key: whatever refreshes the lists (a write, the live stream) refreshes a record's
  // alerts and timeline and the map's alert places too.
  featureAlerts: ({ collection, id }: FeatureRef) => ['alerts', 'list', 'feature', collection, id] as const,
  featureHistory: ({ collection, id }: FeatureRef) => ['alerts', 'list', 'history', collection, id] as const,
  alertPlaces: ['alerts', 'list', 'places'] as const,
  alertPreview: (place: AlertPreviewRequest) => ['alerts', 'preview', place] as const,
  assignees: ['alerts', 'assignees'] as const,
  indicators: (account: string | null, request: IndicatorsRequest | null) =>
    ['indicators', account, request] as const,
  indicatorAreas: ['indicator-areas'] as const,
  tokens: ['tokens'] as const,
  users: ['admin', 'users'] as const,
  organisations: ['admin', 'organisations'] as const,
  // Under `admin`: an account change refreshes the logs too.
  loginLog: (before: number | null) => ['admin', 'log', 'logins', before] as const,
  actionLog: (before: number | null) => ['admin', 'log', 'actions', before] as const,
  subscriptions: ['subscriptions'] as const,
  deliveries: (subscriptionId: string) => ['subscriptions', subscriptionId, 'deliveries'] as const,
}

/** The roots of what belongs to the signed-in account: forgotten when another account (or none) signs in. */
export const ACCOUNT_QUERY_ROOTS: readonly string[] = [
  'alerts',
  'tokens',
  'admin',
  'assessments',
  'erbm',
  'subscriptions',
]
