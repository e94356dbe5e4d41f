/**
 * The feature counts of every collection, as stated by the issue and data/README.md from the official
 * layers. A change here must come with a change of the source files.
 */
export const EXPECTED_COUNTS: Record<string, number> = {
  'bien-inscrit-composantes': 109,
  'bien-inscrit-elements': 353,
  'bien-inscrit-batis': 159,
  'bien-inscrit-cites': 124,
  'bien-inscrit-terrils': 51,
  'bien-inscrit-cavaliers': 14,
  'bien-inscrit-espaces-neonaturels': 5,
  'zone-tampon': 15,
  'zone-tampon-terrils': 111,
  'zone-tampon-cites': 162,
  'zone-tampon-cavaliers': 1317,
  'zone-tampon-espaces-neonaturels': 7,
  'zone-tampon-parvis-agricoles': 138,
  terrils: 162,
  'cites-erbm': 59,
  'cites-minieres-hors-bien': 35,
  'sites-en-danger': 11,
  'grands-sites': 5,
  'sites-classes-inscrits': 83,
  'puits-de-mines': 636,
  'bassin-minier': 1,
  communes: 330,
  epci: 9,
  departements: 2,
}
