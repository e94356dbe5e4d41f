import type {
  AlertCategory,
  AlertContext,
  AlertEventKind,
  AlertGeometryOrigin,
  AlertPerson,
  AlertSeverity,
  AlertStatus,
} from '@heritage-watch/shared'

// The rows the alert repos return, in camelCase; the services shape them into the contract's types.

/** A summary row as the SQL returns it; the service shapes it into AlertSummary. */
export interface AlertSummaryRow {
  id: string
  reference: string
  title: string
  category: AlertCategory
  severity: AlertSeverity
  status: AlertStatus
  observedOn: string
  createdAt: Date
  updatedAt: Date
  organisationId: string | null
  reporter: AlertPerson
  organisation: { id: string; name: string } | null
  assignee: AlertPerson | null
  features: { collection: string; id: string; label: string }[]
  communes: string[]
  anchor: [number, number]
  photoCount: number
}

export interface AlertDetailRow extends AlertSummaryRow {
  description: string
  context: AlertContext
  geometryOrigin: AlertGeometryOrigin
  geometry: unknown
  ewkb: string
}

/** What an export adds to a summary row (ALERT_EXPORT_COLUMNS). */
export interface AlertExportColumns {
  description: string
  commentCount: number
  photoIds: string[]
}

/** A row of the OGC collection's pages: the summary with what an OGC feature adds. */
export interface AlertFeaturePageRow extends AlertSummaryRow, AlertExportColumns {
  geometryOrigin: AlertGeometryOrigin
  geometry: unknown
}

/** One event of latestEvents, with the alert it belongs to. */
export interface AlertEventWithAlertRow {
  id: number
  kind: AlertEventKind
  at: Date
  data: Record<string, unknown>
  author: AlertPerson
  alertId: string
  reference: string
  title: string
  status: AlertStatus
  severity: AlertSeverity
  category: AlertCategory
}

/** The fields a change is checked against, read under a row lock. */
export interface LockedAlert {
  id: string
  status: AlertStatus
  severity: AlertSeverity
  category: AlertCategory
  title: string
  description: string
  observedOn: string
  organisationId: string | null
  assigneeId: string | null
}

/** One feature to store with a new alert. */
export interface AlertFeatureRow {
  collection: string
  table: string
  id: string
  label: string
  /** The feature's geometry (hex EWKB), for its badge's anchor; null when it has none. */
  geometry: string | null
}

/** A photo of an alert, without its bytes. */
export interface AlertPhotoRow {
  id: string
  filename: string
  mediaType: string
  byteSize: number
  sha256: string
  createdAt: Date
}

/** One event of an alert's timeline. */
export interface AlertEventRow {
  id: number
  kind: AlertEventKind
  at: Date
  data: Record<string, unknown>
  author: AlertPerson
}

/** One alert's whole record as loadAlert reads it (ALERT_RECORD_SQL). */
export interface AlertRecordRow {
  detail: AlertDetailRow
  photos: AlertPhotoRow[]
  events: AlertEventRow[]
  featureTables: { table: string; id: string }[]
}
