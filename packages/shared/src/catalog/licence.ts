/** The data's licence and the attribution it requires (Licence Ouverte Etalab 2.0, article "Réutilisation"). */
export const DATA_LICENCE = {
  name: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const

export const DATA_ATTRIBUTION =
  'Données : Mission Bassin Minier Nord-Pas-de-Calais, Géo2France, BRGM (puits) — Licence Ouverte Etalab 2.0 — extraction du 21/04/2026'
