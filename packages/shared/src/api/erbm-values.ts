// The fixed vocabularies of the ERBM follow-up (issue #10 §3; convention 2024, articles 2.1 and 2.2), with
// their French and English labels. Plain constants without zod; migrations/0010_erbm_followup.sql repeats
// them in its CHECKs.

type Labels<Key extends string> = Record<Key, { fr: string; en: string }>

/** The renovation's phases, in the programme's order. */
export const ERBM_PHASES = ['etudes', 'moe_logements', 'moe_espaces_publics', 'travaux', 'livree'] as const
export type ErbmPhase = (typeof ERBM_PHASES)[number]
export const ERBM_PHASE_LABELS: Labels<ErbmPhase> = {
  etudes: { fr: 'Études', en: 'Studies' },
  moe_logements: { fr: 'Maîtrise d’œuvre logements', en: 'Design team, dwellings' },
  moe_espaces_publics: { fr: 'Maîtrise d’œuvre espaces publics', en: 'Design team, public spaces' },
  travaux: { fr: 'Travaux', en: 'Works' },
  livree: { fr: 'Livrée', en: 'Delivered' },
}

/** What the Mission gives its opinion (avis) on. */
export const ERBM_OPINION_SUBJECTS = [
  'cahier_des_charges',
  'moe_logements',
  'espaces_publics',
  'facades',
  'abords',
  'dossier_financement',
] as const
export type ErbmOpinionSubject = (typeof ERBM_OPINION_SUBJECTS)[number]
export const ERBM_OPINION_SUBJECT_LABELS: Labels<ErbmOpinionSubject> = {
  cahier_des_charges: { fr: 'Cahier des charges', en: 'Specifications' },
  moe_logements: { fr: 'Maîtrise d’œuvre logements', en: 'Design team, dwellings' },
  espaces_publics: { fr: 'Espaces publics', en: 'Public spaces' },
  facades: { fr: 'Façades', en: 'Façades' },
  abords: { fr: 'Abords', en: 'Surroundings' },
  dossier_financement: {
    fr: 'Dossier de financement (Démarches Simplifiées)',
    en: 'Funding dossier (Démarches Simplifiées)',
  },
}

export const ERBM_VERDICTS = ['favorable', 'favorable_avec_reserves', 'defavorable', 'sans_avis'] as const
export type ErbmVerdict = (typeof ERBM_VERDICTS)[number]
export const ERBM_VERDICT_LABELS: Labels<ErbmVerdict> = {
  favorable: { fr: 'Favorable', en: 'Favourable' },
  favorable_avec_reserves: { fr: 'Favorable avec réserves', en: 'Favourable with reservations' },
  defavorable: { fr: 'Défavorable', en: 'Unfavourable' },
  sans_avis: { fr: 'Sans avis', en: 'No opinion' },
}

/** The bilan qualitatif's grid (article 2.2): each criterion is scored 1 (poor) to 4 (very good). */
export const ERBM_CRITERIA = ['habitabilite', 'facades', 'abords', 'patrimoine'] as const
export type ErbmCriterion = (typeof ERBM_CRITERIA)[number]
export const ERBM_CRITERION_LABELS: Labels<ErbmCriterion> = {
  habitabilite: { fr: 'Habitabilité intérieure', en: 'Indoor habitability' },
  facades: { fr: 'Traitement des façades', en: 'Treatment of façades' },
  abords: { fr: 'Traitement des abords', en: 'Treatment of surroundings' },
  patrimoine: { fr: 'Qualité patrimoniale', en: 'Heritage quality' },
}
export const ERBM_SCORE_MIN = 1
export const ERBM_SCORE_MAX = 4
