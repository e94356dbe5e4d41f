import type { Bilingual } from './types.ts'

/**
 * Status of a terril in the site classé « La chaîne des terrils » (decree of 28 December 2016), read from
 * the official perimeter (servitude AC2 of the DREAL, 58 polygons): the share of the terril's area inside
 * it, computed in PostGIS at load time. The perimeter settles membership of the legal site; it does not
 * give the decree's numbering of the 78 terrils.
 */
export const CLASSEMENT_2016_VALUES = ['classé', 'en partie', 'hors site'] as const
export type Classement2016 = (typeof CLASSEMENT_2016_VALUES)[number]

/** Shares of a terril's area inside the perimeter: more than `classe` is classé, from `partial` en partie. */
export const CLASSEMENT_2016_THRESHOLDS = { classe: 0.5, partial: 0.01 } as const

/** The AC2 servitude id shared by the 58 polygons of the chain (the sites-classes-inscrits collection). */
export const CHAINE_DES_TERRILS_IDSUP = 'AC2-130006570-110'

export const CLASSEMENT_2016_LABELS: Record<Classement2016, Bilingual> = {
  classé: {
    fr: 'Classé : plus de la moitié dans le périmètre officiel',
    en: 'Listed: more than half inside the official perimeter',
  },
  'en partie': {
    fr: 'En partie dans le périmètre (1 à 50 %)',
    en: 'Partly inside the perimeter (1 to 50%)',
  },
  'hors site': { fr: 'Hors du site classé', en: 'Outside the listed site' },
}

/**
 * The decree's own numbered list of the 78, when a copy is loaded (npm run data:classement-2016): shown
 * beside the perimeter, never instead of it.
 */
export const LISTE_OFFICIELLE_2016_VALUES = ['non chargée', 'sur la liste', 'absent de la liste'] as const
export type ListeOfficielle2016 = (typeof LISTE_OFFICIELLE_2016_VALUES)[number]

export const LISTE_OFFICIELLE_2016_LABELS: Record<ListeOfficielle2016, Bilingual> = {
  'non chargée': { fr: 'Liste numérotée du décret non chargée', en: 'Decree’s numbered list not loaded' },
  'sur la liste': { fr: 'Sur la liste officielle chargée', en: 'On the official list loaded' },
  'absent de la liste': {
    fr: 'Absent de la liste officielle complète chargée',
    en: 'Absent from the complete official list loaded',
  },
}

/** ERBM priority (first phase, 35 cités): unknown until the official list is loaded. */
export const PRIORITE_ERBM_VALUES = ['inconnue', 'oui', 'non'] as const
export type PrioriteErbm = (typeof PRIORITE_ERBM_VALUES)[number]
