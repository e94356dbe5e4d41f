import {
  ALERTS_COLLECTION_ID,
  type AlertList,
  type PrivateFeatureCollection,
  type History,
} from '@heritage-watch/shared'
import { loadContracts } from './contracts.ts'
import { collectionItemsUrl } from '../lib/api-urls.ts'
import type { FeatureRef } from '../lib/url-state.ts'
import { loadSessionContracts } from './load-session-contracts.ts'
import { requestJson, type SessionRequestOptions } from './request-json.ts'

// What a feature's record shows of its monitoring (issue #10 §1), and the alerts with a place of their
// own that the map draws. Loaded with the lazily loaded record section and map layer, never at start-up.

/** At most this many alerts are listed in a record; more is a desk's job. */
const FEATURE_ALERTS_LIMIT = 50
/** At most this many alert places on the map: far more than the basin has, and still light. */
const ALERT_PLACES_LIMIT = 5000

const featureParameter = ({ collection, id }: FeatureRef) => `${collection}/${id}`

/**
 * `GET /alerts?feature=…`: the alerts naming the feature (open and closed; through any collection of its
 * table), newest observation first.
 */
export function fetchFeatureAlerts(feature: FeatureRef, options: SessionRequestOptions): Promise<AlertList> {
  const query = new URLSearchParams({
    feature: featureParameter(feature),
    sort: '-observedOn',
    limit: String(FEATURE_ALERTS_LIMIT),
  })
  const schema = () => loadSessionContracts().then((contracts) => contracts.AlertListSchema)
  return requestJson({ method: 'GET', url: `${options.apiBaseUrl}/alerts?${query}`, schema }, options)
}

/** `GET /history/{collection}/{id}`: the feature's timeline, newest first, as the caller may see it. */
export function fetchFeatureHistory(
  { collection, id }: FeatureRef,
  options: SessionRequestOptions,
): Promise<History> {
  const url = `${options.apiBaseUrl}/history/${encodeURIComponent(collection)}/${encodeURIComponent(id)}`
  const schema = () => loadSessionContracts().then((contracts) => contracts.HistorySchema)
  return requestJson({ method: 'GET', url, schema }, options)
}

/** The alerts with a pin or zone of their own, as GeoJSON from the `alertes` collection (rights applied). */
export function fetchAlertPlaces(options: SessionRequestOptions): Promise<PrivateFeatureCollection> {
  const url = collectionItemsUrl(options.apiBaseUrl, ALERTS_COLLECTION_ID, 'geojson', {
    geometryOrigin: 'drawn',
    limit: String(ALERT_PLACES_LIMIT),
  })
  const schema = () => loadContracts().then((contracts) => contracts.PrivateFeatureCollectionSchema)
  return requestJson({ method: 'GET', url, schema }, options)
}
