import type { AlertSummary } from '@heritage-watch/shared'
import { stringify } from 'csv-stringify/sync'

// CSV and GeoJSON exports of GET /alerts: exactly the alerts the filter shows, every page of them.

type ExportedAlert = AlertSummary & { geometry?: unknown }

const CSV_COLUMNS = [
  'reference',
  'title',
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
  'id',
] as const

/** One row per alert; lists joined with " | ". A BOM so that spreadsheet software reads UTF-8. */
export function alertsCsv(alerts: ExportedAlert[]): string {
  const rows = alerts.map((alert) => ({
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
  }))
  // escape_formulas: a title such as =HYPERLINK(…) stays text in the officer's spreadsheet.
  return stringify(rows, { header: true, bom: true, escape_formulas: true, columns: [...CSV_COLUMNS] })
}

/** A GeoJSON FeatureCollection of the alerts' geometries, their summary as properties. */
export function alertsGeoJson(alerts: ExportedAlert[]) {
  return {
    type: 'FeatureCollection' as const,
    features: alerts.map(({ geometry, id, anchor: _anchor, ...properties }) => ({
      type: 'Feature' as const,
      id,
      geometry,
      properties: { id, ...properties },
    })),
  }
}
