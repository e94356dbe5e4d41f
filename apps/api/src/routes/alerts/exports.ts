import { stringify } from 'csv-stringify/sync'
import { alertPhotoUrl } from '../../services/alerts/alert-links.ts'
import type { ExportedAlert } from '../../services/alerts/alert-reading.ts'

// CSV and GeoJSON exports of GET /alerts: exactly the alerts the filter shows, every page of them, with
// their description, number of comments and photos' absolute URLs (issue 11 §3).

const CSV_COLUMNS = [
  'reference',
  'title',
  'description',
  'category',
  'severity',
  'status',
  'observedOn',
  'createdAt',
  'updatedAt',
  'reporter',
  'organisation',
  'assignee',
  'features',
  'communes',
  'longitude',
  'latitude',
  'photoCount',
  'commentCount',
  'photoUrls',
  'id',
] as const

const photoUrls = (alert: ExportedAlert, base: string) =>
  (alert.photoIds ?? []).map((photoId) => alertPhotoUrl(base, alert.id, photoId))

/** One row per alert; lists joined with " | ". A BOM so that spreadsheet software reads UTF-8. */
export function alertsCsv(alerts: ExportedAlert[], base: string): string {
  const rows = alerts.map(({ photoIds: _photoIds, ...alert }) => ({
    ...alert,
    reporter: alert.reporter.displayName,
    organisation: alert.organisation?.name ?? '',
    assignee: alert.assignee?.displayName ?? '',
    features: alert.features
      .map((feature) => `${feature.collection}/${feature.id} (${feature.label})`)
      .join(' | '),
    communes: alert.communes.join(' | '),
    longitude: alert.anchor[0],
    latitude: alert.anchor[1],
    photoUrls: photoUrls({ ...alert, photoIds: _photoIds }, base).join(' | '),
  }))
  // escape_formulas: a title such as =HYPERLINK(…) stays text in the officer's spreadsheet.
  return stringify(rows, { header: true, bom: true, escape_formulas: true, columns: [...CSV_COLUMNS] })
}

/** A GeoJSON FeatureCollection of the alerts' geometries, their summary as properties. */
export function alertsGeoJson(alerts: ExportedAlert[], base: string) {
  return {
    type: 'FeatureCollection' as const,
    features: alerts.map((alert) => {
      const { geometry, id, anchor: _anchor, photoIds: _photoIds, ...properties } = alert
      return {
        type: 'Feature' as const,
        id,
        geometry,
        properties: { id, ...properties, photoUrls: photoUrls(alert, base) },
      }
    }),
  }
}
