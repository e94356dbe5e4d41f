// The fixed vocabularies of an alert (issue #4), with their French and English labels. Plain constants
// without zod, so that the web app can show them without loading the schemas.

/** What threatens the feature. */
export const ALERT_CATEGORIES = [
  'demolition',
  'degradation',
  'vandalisme',
  'travaux_non_conformes',
  'projet_construction',
  'incendie',
  'erosion',
  'depot_sauvage',
  'vegetation',
  'autre',
] as const
export type AlertCategory = (typeof ALERT_CATEGORIES)[number]

export const ALERT_CATEGORY_LABELS: Record<AlertCategory, { fr: string; en: string }> = {
  demolition: { fr: 'Démolition', en: 'Demolition' },
  degradation: { fr: 'Dégradation, délabrement', en: 'Decay, dilapidation' },
  vandalisme: { fr: 'Vandalisme', en: 'Vandalism' },
  travaux_non_conformes: {
    fr: 'Travaux ne respectant pas le patrimoine',
    en: 'Works that do not respect the heritage',
  },
  projet_construction: {
    fr: 'Projet de construction (zone tampon)',
    en: 'Building project (buffer zone)',
  },
  incendie: { fr: 'Incendie, combustion (terril)', en: 'Fire, combustion (spoil tip)' },
  erosion: { fr: 'Érosion, glissement (terril)', en: 'Erosion, landslide (spoil tip)' },
  depot_sauvage: { fr: 'Dépôt sauvage, pollution', en: 'Fly-tipping, pollution' },
  vegetation: { fr: 'Végétation envahissante, abandon', en: 'Overgrowth, neglect' },
  autre: { fr: 'Autre', en: 'Other' },
}

/** How serious it is, in increasing order (the order is used to pick a feature's highest severity). */
export const ALERT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number]

export const ALERT_SEVERITY_LABELS: Record<AlertSeverity, { fr: string; en: string }> = {
  low: { fr: 'Faible', en: 'Low' },
  medium: { fr: 'Moyenne', en: 'Medium' },
  high: { fr: 'Élevée', en: 'High' },
  critical: { fr: 'Critique', en: 'Critical' },
}

/** The workflow's statuses, as the issue names them. */
export const ALERT_STATUSES = ['nouvelle', 'prise_en_compte', 'en_cours', 'resolue', 'rejetee'] as const
export type AlertStatus = (typeof ALERT_STATUSES)[number]

export const ALERT_STATUS_LABELS: Record<AlertStatus, { fr: string; en: string }> = {
  nouvelle: { fr: 'Nouvelle', en: 'New' },
  prise_en_compte: { fr: 'Prise en compte', en: 'Acknowledged' },
  en_cours: { fr: 'En cours', en: 'In progress' },
  resolue: { fr: 'Résolue', en: 'Resolved' },
  rejetee: { fr: 'Rejetée', en: 'Rejected' },
}

/**
 * The allowed transitions: forward one step, or rejected from any open status. `resolue` and `rejetee`
 * are final: a threat that comes back is a new alert, so each alert's history stays one story.
 */
export const ALERT_TRANSITIONS: Record<AlertStatus, readonly AlertStatus[]> = {
  nouvelle: ['prise_en_compte', 'rejetee'],
  prise_en_compte: ['en_cours', 'rejetee'],
  en_cours: ['resolue', 'rejetee'],
  resolue: [],
  rejetee: [],
}

/** Statuses of an alert still to be dealt with: these carry badges and duplicate hints. */
export const OPEN_ALERT_STATUSES: readonly AlertStatus[] = ['nouvelle', 'prise_en_compte', 'en_cours']

/**
 * Whether an alert is still to be dealt with (not `resolue` nor `rejetee`). Open alerts carry badges and
 * duplicate hints, and only they take edits and new photos.
 * @param status the alert's status
 * @returns true for the statuses of OPEN_ALERT_STATUSES
 * @example isOpen('en_cours') // true
 */
export function isOpen(status: AlertStatus): boolean {
  return OPEN_ALERT_STATUSES.includes(status)
}

/** Whether `from` may move to `to`. */
export function canTransition(from: AlertStatus, to: AlertStatus): boolean {
  return ALERT_TRANSITIONS[from].includes(to)
}

/**
 * Where an alert's geometry comes from: drawn by the reporter (a pin or a zone: the alert has a place of
 * its own, drawn on the map) or the union of the features it names (shown by their badges).
 */
export const ALERT_GEOMETRY_ORIGINS = ['drawn', 'features'] as const
export type AlertGeometryOrigin = (typeof ALERT_GEOMETRY_ORIGINS)[number]

/** What happened to an alert, one kind per history event. */
export const ALERT_EVENT_KINDS = [
  'created',
  'status',
  'severity',
  'assignment',
  'comment',
  'edit',
  'photo',
] as const
export type AlertEventKind = (typeof ALERT_EVENT_KINDS)[number]

/** Photos: the formats accepted (checked on the bytes, not on the name or the declared type). */
export const ALERT_PHOTO_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type AlertPhotoMediaType = (typeof ALERT_PHOTO_MEDIA_TYPES)[number]
/** 10 MB per photo (issue #4). */
export const ALERT_PHOTO_MAX_BYTES = 10 * 1024 * 1024
/** At most this many photos per alert. */
export const ALERT_PHOTO_MAX_COUNT = 10
/** At most this many features per alert. */
export const ALERT_MAX_FEATURES = 20

/** Duplicate hint: open alerts on the same feature, or within this distance... */
export const DUPLICATE_RADIUS_M = 100
/** ...observed in the last this many days. */
export const DUPLICATE_WINDOW_DAYS = 90
/** The alert's spatial context looks this far for property components and elements. */
export const ALERT_CONTEXT_RADIUS_M = 500

/** The OGC API collection of alerts (issue #4: "Alerts are an OGC API collection too"). */
export const ALERTS_COLLECTION_ID = 'alertes'
