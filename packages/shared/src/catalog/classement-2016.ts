import type { Bilingual } from './types.ts'

/**
 * Status of a terril in the site classé "La chaîne des terrils" (decree of 28 December 2016, 78 terrils).
 * The official list of the 78 is not in our sources: until it is loaded, `probable` and `exclu` are derived
 * from the 53 communes named in the decree, and `probable` must never be shown as confirmed.
 */
export const CLASSEMENT_2016_VALUES = ['confirmé', 'probable', 'exclu', 'non classé'] as const
export type Classement2016 = (typeof CLASSEMENT_2016_VALUES)[number]

export const CLASSEMENT_2016_LABELS: Record<Classement2016, Bilingual> = {
  confirmé: { fr: 'Classé (liste officielle)', en: 'Listed (official list)' },
  probable: {
    fr: 'Probable : toutes ses communes sont nommées au décret, non confirmé',
    en: 'Probable: all its communes are named in the decree, not confirmed',
  },
  exclu: {
    fr: 'Exclu : une de ses communes n’est pas nommée au décret',
    en: 'Excluded: one of its communes is not named in the decree',
  },
  'non classé': {
    fr: 'Non classé (absent de la liste officielle chargée)',
    en: 'Not listed (absent from the official list loaded)',
  },
}

/** ERBM priority (first phase, 35 cités): unknown until the official list is loaded. */
export const PRIORITE_ERBM_VALUES = ['inconnue', 'oui', 'non'] as const
export type PrioriteErbm = (typeof PRIORITE_ERBM_VALUES)[number]
