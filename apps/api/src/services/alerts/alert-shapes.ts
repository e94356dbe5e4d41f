import {
  ALERT_TRANSITIONS,
  type Alert,
  type AlertDuplicate,
  type AlertEvent,
  type AlertPhoto,
  type AlertSummary,
} from '@heritage-watch/shared'
import type { AlertDetailRow, AlertEventRow, AlertPhotoRow, AlertSummaryRow } from '../../db/alert-rows.ts'

/** An alert's row as the contract's AlertSummary (timestamps as ISO strings, no internal columns). */
export function toSummary(row: AlertSummaryRow): AlertSummary {
  const { organisationId: _organisationId, createdAt, updatedAt, ...rest } = row
  return {
    ...rest,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  }
}

/** The whole record: summary, description, geometry, context, photos, timeline and hints. */
export function toAlert(
  row: AlertDetailRow,
  parts: {
    photos: AlertPhotoRow[]
    events: AlertEventRow[]
    duplicates: AlertDuplicate[]
    mayTriage: boolean
  },
): Alert {
  const { description, context, geometry, geometryOrigin, ewkb: _ewkb, ...summary } = row
  return {
    ...toSummary(summary),
    description,
    geometry,
    geometryOrigin,
    context,
    photos: parts.photos.map((photo): AlertPhoto => ({
      ...(photo as Omit<AlertPhoto, 'createdAt' | 'href'>),
      createdAt: photo.createdAt.toISOString(),
      href: `/alerts/${row.id}/photos/${photo.id}`,
    })),
    events: parts.events.map((event) => ({ ...event, at: event.at.toISOString() }) as AlertEvent),
    duplicates: parts.duplicates,
    nextStatuses: parts.mayTriage ? [...ALERT_TRANSITIONS[row.status]] : [],
  }
}
