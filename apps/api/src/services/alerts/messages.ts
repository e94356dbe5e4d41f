import {
  ALERT_PHOTO_MAX_COUNT,
  ALERT_TRANSITIONS,
  type AlertStatus,
  DUPLICATE_RADIUS_M,
} from '@heritage-watch/shared'

// The words of every alerts problem, in one place (STYLE §5). The web app translates them by `code`.

export const ALERT_MESSAGES = {
  alertNotFound: (id: string) => `no alert has the id ${id}, or you may not see it`,
  photoNotFound: (id: string) => `this alert has no photo with the id ${id}`,
  unknownCollection: (id: string) => `collection "${id}" does not exist; see /collections`,
  unknownFeature: (collection: string, id: string) =>
    `feature "${id}" does not exist in collection "${collection}"`,
  featureWithoutGeometry: (collection: string, id: string) =>
    `feature "${id}" of "${collection}" has no geometry: draw the location (geometry) as well`,
  alertsNotAFeatureLayer: 'an alert cannot be attached to another alert; name the feature it is about',
  duplicateFeature: 'the same feature is named twice',
  ringNotClosed: 'a polygon ring must end with its first position',
  geometryInvalid: (reason: string) => `the geometry is not valid: ${reason}`,
  geometryOutsideBasin: 'the location is outside the bassin minier: alerts are for the watched area only',
  geometryCoordinateOrder:
    'the location is outside the bassin minier, but would be inside with its coordinates swapped: GeoJSON positions are [longitude, latitude]',
  observedInFuture: 'must not be after today',
  transitionIllegal: (from: AlertStatus, to: AlertStatus) => {
    const allowed = ALERT_TRANSITIONS[from]
    return allowed.length === 0
      ? `the alert is "${from}", a final status: it can no longer change (report a new alert instead)`
      : `an alert cannot go from "${from}" to "${to}"; from "${from}" it can go to ${allowed.map((s) => `"${s}"`).join(' or ')}`
  },
  alertClosed: (status: AlertStatus) =>
    `the alert is "${status}", a final status: it can no longer be edited`,
  assigneeInvalid: (id: string) => `no enabled officer or admin has the id ${id}; see GET /alerts/assignees`,
  nothingChanged: 'every given field already has this value',
  photoTooLarge: (name: string) => `photo "${name}" is larger than 10 MB`,
  photoType: (name: string, found: string) =>
    `photo "${name}" is not a JPEG, PNG or WebP image (its content is ${found})`,
  photoTooMany: `at most ${ALERT_PHOTO_MAX_COUNT} photos per alert`,
  photoEmpty: (name: string) => `photo "${name}" is empty`,
  multipartAlertMissing: 'a multipart request needs a field "alert" holding the alert as JSON',
  multipartAlertJson: 'the "alert" field is not valid JSON',
  multipartUnknownPart: (name: string) =>
    `unexpected part "${name}": send one "alert" field and "photo" files only`,
  multipartNoPhoto: 'send at least one "photo" part',
  idempotencyKeyFormat: 'must be 1 to 255 visible ASCII characters (a UUID is a good choice)',
  idempotencyMismatch:
    'this Idempotency-Key was already used for a different request: use a new key for a new alert',
  duplicateHint: `open alerts on the same feature or within ${DUPLICATE_RADIUS_M} m`,
} as const
