import { FEATURE_NAME_PROPERTIES, findCollection } from '@heritage-watch/shared'

// How a feature is named in SQL (alias `t`), where a query lists features of several layers (feature
// context, search, alert context, the features inside a protected site): the shared rule of
// packages/shared featureLabel, in its order and with its French words, written for the columns each
// collection has. test/collections/feature-labels.test.ts checks it against featureLabel on every feature.

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`

/**
 * The label expression of a collection: its name columns (nom, nom_usuel, nom_2, nomgen), else a shaft
 * by its number and pit, a building by its pit, a terril by its number, else the title and the id.
 * Column names come from the catalogue, never from input.
 * @throws Error for a collection the catalogue does not have
 */
export function featureLabelSql(collectionId: string): string {
  const collection = findCollection(collectionId)
  if (!collection) throw new Error(`collection ${collectionId} is not in the catalogue`)
  const has = new Set(collection.properties.map((property) => property.name))
  // NULLIF: an empty or blank name is no name, as in featureLabel.
  const text = (column: string) => `NULLIF(btrim(t.${column}::text), '')`
  const terms = FEATURE_NAME_PROPERTIES.filter((name) => has.has(name)).map(text)
  if (has.has('puits'))
    terms.push(`'Puits ' || ${text('puits')} || ', fosse ' || COALESCE(${text('fosse')}, '?')`)
  if (has.has('fosse')) terms.push(`'Fosse ' || ${text('fosse')}`)
  for (const numero of ['numero', 'numero_terril'])
    if (has.has(numero)) terms.push(`'Terril ' || ${text(numero)}`)
  terms.push(`${quoted(`${collection.title.fr} `)} || t.id`)
  return `COALESCE(${terms.join(', ')})`
}

/** The layers whose features a protected site's record lists when they lie in it (issue #8). */
export const LAYERS_LISTED_INSIDE_A_SITE: readonly string[] = [
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
