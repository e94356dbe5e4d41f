import {
  ALERT_CATEGORY_LABELS,
  ALERT_SEVERITY_LABELS,
  ALERT_STATUS_LABELS,
  ALERTS_COLLECTION_ID,
  ASSESSMENT_CONDITION_LABELS,
  ASSESSMENT_OCCUPANCY_LABELS,
  ASSESSMENT_PRIORITY_LABELS,
  ASSESSMENT_STATUS_LABELS,
  ASSESSMENT_THREAT_LABELS,
  ASSESSMENT_TREND_LABELS,
  ASSESSMENTS_COLLECTION_ID,
  type Bilingual,
  type PropertyKind,
} from '@heritage-watch/shared'
import type { ExportProperty } from './french-labels.ts'

// The columns of the private collections' exports: the flat properties of their features
// (services/alerts/alert-collection.ts, services/assessments/assessment-collection.ts), with French
// titles and the French labels of their codes.

const column = (
  name: string,
  fr: string,
  kind: PropertyKind = 'string',
  labels?: Record<string, Bilingual>,
): ExportProperty => ({ name, kind, title: { fr, en: name }, ...(labels ? { labels } : {}) })

const ALERT_COLUMNS: ExportProperty[] = [
  column('reference', 'Référence'),
  column('title', 'Titre'),
  column('description', 'Description'),
  column('category', 'Catégorie', 'string', ALERT_CATEGORY_LABELS),
  column('severity', 'Gravité', 'string', ALERT_SEVERITY_LABELS),
  column('status', 'Statut', 'string', ALERT_STATUS_LABELS),
  column('observedOn', 'Observée le'),
  column('createdAt', 'Créée le'),
  column('updatedAt', 'Modifiée le'),
  column('reporter', 'Signalée par'),
  column('organisation', 'Organisation'),
  column('assignee', 'Suivie par'),
  column('features', 'Entités concernées', 'string[]'),
  column('featureLabels', 'Noms des entités', 'string[]'),
  column('communes', 'Communes', 'string[]'),
  column('photoCount', 'Nombre de photos', 'integer'),
  column('commentCount', 'Nombre de commentaires', 'integer'),
  column('photoUrls', 'Liens des photos', 'string[]'),
  column('geometryOrigin', 'Origine de la géométrie', 'string', {
    drawn: { fr: 'Dessinée', en: 'Drawn' },
    features: { fr: 'Entités concernées', en: 'Features' },
  }),
  column('appUrl', 'Fiche dans l’application'),
]

const ASSESSMENT_COLUMNS: ExportProperty[] = [
  column('number', 'Numéro'),
  column('collection', 'Couche'),
  column('featureId', 'Identifiant de l’entité'),
  column('label', 'Entité'),
  column('visitedOn', 'Visite le'),
  column('condition', 'État', 'string', ASSESSMENT_CONDITION_LABELS),
  column('trend', 'Tendance', 'string', ASSESSMENT_TREND_LABELS),
  column('occupancy', 'Occupation', 'string', ASSESSMENT_OCCUPANCY_LABELS),
  column('priority', 'Priorité', 'string', ASSESSMENT_PRIORITY_LABELS),
  column('threats', 'Menaces', 'string[]', ASSESSMENT_THREAT_LABELS),
  column('note', 'Note'),
  column('origin', 'Origine', 'string', {
    visite: { fr: 'Visite', en: 'Visit' },
    source: { fr: 'Source', en: 'Source' },
  }),
  column('source', 'Source'),
  column('status', 'Statut', 'string', ASSESSMENT_STATUS_LABELS),
  column('author', 'Auteur'),
  column('organisation', 'Organisation'),
  column('createdAt', 'Créé le'),
]

/** The export columns of a private collection, by its id. */
export const PRIVATE_EXPORT_COLUMNS: Record<string, readonly ExportProperty[]> = {
  [ALERTS_COLLECTION_ID]: ALERT_COLUMNS,
  [ASSESSMENTS_COLLECTION_ID]: ASSESSMENT_COLUMNS,
}
