// The fixed vocabularies of a condition assessment (constat d'état, issue #10 §2), modelled on Historic
// England's Heritage at Risk register, with their French and English labels. Plain constants without
// zod, so that the web app can show them without loading the schemas. migrations/0009_assessments.sql
// repeats them in its CHECKs.

type Labels<Key extends string> = Record<Key, { fr: string; en: string }>

/** The state of the fabric, from best to worst. */
export const ASSESSMENT_CONDITIONS = ['bon', 'moyen', 'mauvais', 'tres_mauvais'] as const
export type AssessmentCondition = (typeof ASSESSMENT_CONDITIONS)[number]
export const ASSESSMENT_CONDITION_LABELS: Labels<AssessmentCondition> = {
  bon: { fr: 'Bon', en: 'Good' },
  moyen: { fr: 'Moyen', en: 'Fair' },
  mauvais: { fr: 'Mauvais', en: 'Poor' },
  tres_mauvais: { fr: 'Très mauvais', en: 'Very bad' },
}

/** Which way it is going, as the visitor judged it. */
export const ASSESSMENT_TRENDS = ['amelioration', 'stable', 'degradation', 'inconnue'] as const
export type AssessmentTrend = (typeof ASSESSMENT_TRENDS)[number]
export const ASSESSMENT_TREND_LABELS: Labels<AssessmentTrend> = {
  amelioration: { fr: 'En amélioration', en: 'Improving' },
  stable: { fr: 'Stable', en: 'Stable' },
  degradation: { fr: 'En dégradation', en: 'Declining' },
  inconnue: { fr: 'Inconnue', en: 'Unknown' },
}

export const ASSESSMENT_OCCUPANCIES = [
  'occupe',
  'partiellement_occupe',
  'vacant',
  'sans_objet',
  'inconnu',
] as const
export type AssessmentOccupancy = (typeof ASSESSMENT_OCCUPANCIES)[number]
export const ASSESSMENT_OCCUPANCY_LABELS: Labels<AssessmentOccupancy> = {
  occupe: { fr: 'Occupé', en: 'Occupied' },
  partiellement_occupe: { fr: 'Partiellement occupé', en: 'Partly occupied' },
  vacant: { fr: 'Vacant', en: 'Vacant' },
  sans_objet: { fr: 'Sans objet', en: 'Not applicable' },
  inconnu: { fr: 'Inconnu', en: 'Unknown' },
}

/**
 * Heritage at Risk priority categories (Historic England), A the most urgent. Their meanings are the
 * register's, translated.
 */
export const ASSESSMENT_PRIORITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const
export type AssessmentPriority = (typeof ASSESSMENT_PRIORITIES)[number]
export const ASSESSMENT_PRIORITY_LABELS: Labels<AssessmentPriority> = {
  A: {
    fr: 'A — Détérioration rapide ou perte imminente ; aucune solution convenue',
    en: 'A — Immediate risk of further rapid deterioration or loss of fabric; no solution agreed',
  },
  B: {
    fr: 'B — Détérioration rapide ou perte imminente ; solution convenue mais pas encore mise en œuvre',
    en: 'B — Immediate risk of further rapid deterioration or loss of fabric; solution agreed but not yet implemented',
  },
  C: {
    fr: 'C — Détérioration lente ; aucune solution convenue',
    en: 'C — Slow decay; no solution agreed',
  },
  D: {
    fr: 'D — Détérioration lente ; solution convenue mais pas encore mise en œuvre',
    en: 'D — Slow decay; solution agreed but not yet implemented',
  },
  E: {
    fr: 'E — En réparation ou en état correct, mais sans usager identifié ; ou menacé de vacance sans nouvel usager évident',
    en: 'E — Under repair or in fair to good repair, but no user identified; or under threat of vacancy with no obvious new user',
  },
  F: {
    fr: 'F — Programme de réparation en cours et (le cas échéant) usage final ou usager identifié',
    en: 'F — Repair scheme in progress and (where applicable) end use or user identified',
  },
}

/** What threatens the feature: a fixed list, so that the indicators can count them. */
export const ASSESSMENT_THREATS = [
  'abandon',
  'vacance',
  'intemperies',
  'vegetation',
  'vandalisme',
  'incendie',
  'erosion',
  'combustion',
  'pollution',
  'demolition',
  'travaux_inadaptes',
  'pression_urbaine',
  'defaut_entretien',
  'autre',
] as const
export type AssessmentThreat = (typeof ASSESSMENT_THREATS)[number]
export const ASSESSMENT_THREAT_LABELS: Labels<AssessmentThreat> = {
  abandon: { fr: 'Abandon', en: 'Abandonment' },
  vacance: { fr: 'Vacance, sous-occupation', en: 'Vacancy, under-use' },
  intemperies: { fr: 'Intempéries, infiltrations', en: 'Weather, water ingress' },
  vegetation: { fr: 'Végétation envahissante', en: 'Invasive vegetation' },
  vandalisme: { fr: 'Vandalisme, intrusions', en: 'Vandalism, break-ins' },
  incendie: { fr: 'Incendie', en: 'Fire' },
  erosion: { fr: 'Érosion, glissement', en: 'Erosion, landslide' },
  combustion: { fr: 'Combustion interne (terril)', en: 'Internal combustion (spoil tip)' },
  pollution: { fr: 'Pollution, dépôts', en: 'Pollution, dumping' },
  demolition: { fr: 'Menace de démolition', en: 'Threat of demolition' },
  travaux_inadaptes: { fr: 'Travaux inadaptés', en: 'Unsuitable works' },
  pression_urbaine: { fr: 'Pression urbaine, aménagement', en: 'Development pressure' },
  defaut_entretien: { fr: "Défaut d'entretien", en: 'Lack of maintenance' },
  autre: { fr: 'Autre', en: 'Other' },
}

/** A partner's constat is a proposal until an officer validates (or refuses) it. */
export const ASSESSMENT_STATUSES = ['proposee', 'validee', 'refusee'] as const
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number]
export const ASSESSMENT_STATUS_LABELS: Labels<AssessmentStatus> = {
  proposee: { fr: 'Proposé, à valider', en: 'Proposed, awaiting validation' },
  validee: { fr: 'Validé', en: 'Validated' },
  refusee: { fr: 'Refusé', en: 'Refused' },
}

/** 'source': taken from a source document, never shown as a visit. */
export const ASSESSMENT_ORIGINS = ['visite', 'source'] as const
export type AssessmentOrigin = (typeof ASSESSMENT_ORIGINS)[number]
