// How each whole collection names a feature in SQL (alias `t`), where a query lists features of several
// layers: the feature context, the features inside a protected site. The same rule as the search's labels.

export const FEATURE_LABEL_SQL = {
  'bien-inscrit-composantes': "COALESCE(t.nom, 'Composante ' || t.id)",
  'bien-inscrit-elements': "COALESCE(t.nom, t.nom_2, 'Élément ' || t.id)",
  'zone-tampon': "'Zone tampon, polygone ' || t.id",
  'zone-tampon-cites': "COALESCE(t.nom, t.nom_2, 'Cité ' || t.id)",
  'zone-tampon-cavaliers': "COALESCE(t.nom, 'Cavalier ' || t.id)",
  'zone-tampon-espaces-neonaturels': "COALESCE(t.nom, 'Espace néonaturel ' || t.id)",
  'zone-tampon-parvis-agricoles': "'Parvis agricole ' || t.id",
  terrils: "COALESCE(t.nom, t.nom_usuel, 'Terril ' || t.numero)",
  'cites-erbm': "COALESCE(t.nom, t.nom_2, 'Cité ' || t.id)",
  'cites-minieres-hors-bien': "COALESCE(t.nom, t.nom_2, 'Cité ' || t.id)",
  'sites-en-danger': 't.nom',
  'grands-sites': 't.nom',
  'sites-classes-inscrits': 't.nomgen',
  'puits-de-mines': "COALESCE('Fosse ' || t.fosse || ', puits ' || t.puits, 'Puits ' || t.id)",
  communes: 't.nom',
} as const

export type LabelledCollection = keyof typeof FEATURE_LABEL_SQL

/** The layers whose features a protected site's record lists when they lie in it (issue #8). */
export const LAYERS_LISTED_INSIDE_A_SITE: readonly LabelledCollection[] = [
  'terrils',
  'bien-inscrit-elements',
  'sites-en-danger',
  'grands-sites',
  'zone-tampon-cites',
  'zone-tampon-cavaliers',
  'zone-tampon-espaces-neonaturels',
  'zone-tampon-parvis-agricoles',
  'cites-erbm',
  'cites-minieres-hors-bien',
  'puits-de-mines',
]
