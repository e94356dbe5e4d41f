import {
  ALERT_CATEGORY_LABELS,
  ALERT_SEVERITY_LABELS,
  ALERT_STATUS_LABELS,
  type Bilingual,
  type CsvStyle,
} from '@heritage-watch/shared'
import { stringify } from 'csv-stringify/sync'
import { alertPhotoUrl } from '../../services/alerts/alert-links.ts'
import type { ExportedAlert } from '../../services/alerts/alert-reading.ts'

// CSV and GeoJSON exports of GET /alerts: exactly the alerts the filter shows, every page of them, with
// their description, number of comments and photos' absolute URLs (issue 11 §3). The CSV is French by
// default (`;`, BOM, French headers and labels, decimal commas); `csv=international` gives `,`, no BOM,
// the names and codes.

const FRENCH_HEADERS: Record<(typeof CSV_COLUMNS)[number], string> = {
  reference: 'Référence',
  title: 'Titre',
  description: 'Description',
  category: 'Catégorie',
  severity: 'Gravité',
  status: 'Statut',
  observedOn: 'Observée le',
  createdAt: 'Créée le',
  updatedAt: 'Modifiée le',
  reporter: 'Signalée par',
  organisation: 'Organisation',
  assignee: 'Suivie par',
  features: 'Entités concernées',
  communes: 'Communes',
  longitude: 'Longitude',
  latitude: 'Latitude',
  photoCount: 'Nombre de photos',
  commentCount: 'Nombre de commentaires',
  photoUrls: 'Liens des photos',
  id: 'Identifiant',
}

const FRENCH_LABELS: Partial<Record<string, Record<string, Bilingual>>> = {
  category: ALERT_CATEGORY_LABELS,
  severity: ALERT_SEVERITY_LABELS,
  status: ALERT_STATUS_LABELS,
}

/** A row in French: codes as labels, numbers with a decimal comma. */
function frenchRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => {
      if (typeof value === 'number') return [key, String(value).replace('.', ',')]
      if (typeof value === 'string') return [key, FRENCH_LABELS[key]?.[value]?.fr ?? value]
      return [key, value]
    }),
  )
}

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

/** One row per alert; lists joined with " | ". In French, a BOM so that spreadsheet software reads UTF-8. */
export function alertsCsv(alerts: ExportedAlert[], base: string, style: CsvStyle): string {
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
  const french = style === 'fr'
  // escape_formulas: a title such as =HYPERLINK(…) stays text in the officer's spreadsheet.
  return stringify(french ? rows.map(frenchRow) : rows, {
    header: true,
    bom: french,
    delimiter: french ? ';' : ',',
    escape_formulas: true,
    columns: CSV_COLUMNS.map((key) => ({ key, header: french ? FRENCH_HEADERS[key] : key })),
  })
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
