/** The data's licence and the attribution it requires (Licence Ouverte Etalab 2.0, article "Réutilisation"). */
export const DATA_LICENCE = {
  name: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const

// The sites classés et inscrits came later (a copy of February 2026): their producer is named apart.
export const DATA_ATTRIBUTION =
  'Données : Mission Bassin Minier Nord-Pas-de-Calais, Géo2France, BRGM (puits) — extraction du 21/04/2026 ; DREAL Hauts-de-France via la Géoplateforme (sites classés et inscrits) — Licence Ouverte Etalab 2.0'
