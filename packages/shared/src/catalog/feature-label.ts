/** Label templates in the shown language; FRENCH_LABEL_WORDS is the default. */
export interface FeatureLabelWords {
  /** e.g. "Puits 7, fosse Bonnel" */
  shaft(puits: string, fosse: string): string
  /** e.g. "Fosse Delloye", for a building known by its pit */
  pit(fosse: string): string
  /** e.g. "Terril 74A" */
  terril(numero: string): string
  /** e.g. "Zone tampon 3": the collection's title and the feature id */
  numbered(collectionTitle: string, id: string): string
}

/** The French templates: what the API and the French web app say. */
export const FRENCH_LABEL_WORDS: FeatureLabelWords = {
  shaft: (puits, fosse) => `Puits ${puits}, fosse ${fosse}`,
  pit: (fosse) => `Fosse ${fosse}`,
  terril: (numero) => `Terril ${numero}`,
  numbered: (collectionTitle, id) => `${collectionTitle} ${id}`,
}

/**
 * The name columns of the layers, in the order they are read: the official name first; a site classé or
 * inscrit is named `nomgen` in its source (servitude AC2).
 */
export const FEATURE_NAME_PROPERTIES = ['nom', 'nom_usuel', 'nom_2', 'nomgen'] as const

const text = (value: unknown): string | undefined =>
  (typeof value === 'string' && value.trim() !== '') || typeof value === 'number'
    ? String(value).trim()
    : undefined

/**
 * What to call a feature wherever it is shown (record, list, search, alert): its name, else a readable
 * stand-in. This is the one rule (issue #9); the API's SQL labels (`COALESCE(nom, nom_usuel, 'Terril ' ||
 * numero)`) follow the same order.
 *
 * Order: `nom`, `nom_usuel`, `nom_2`, `nomgen`; a shaft by its number and pit (`puits`, `fosse`); a building by
 * its pit (`fosse`); a terril by its number (`numero`, or `numero_terril` for property elements); else
 * the collection's title and the id.
 * @param collectionTitle the collection's title in the shown language
 * @param id the feature id
 * @param properties the feature's properties; from a vector tile, only the few it carries
 * @param words the templates in the shown language (French by default)
 * @returns a non-empty label
 * @example
 * featureLabel('Terrils', '74A', { nom: null, numero: '74A' }) // 'Terril 74A'
 */
export function featureLabel(
  collectionTitle: string,
  id: string,
  properties: Readonly<Record<string, unknown>>,
  words: FeatureLabelWords = FRENCH_LABEL_WORDS,
): string {
  for (const key of FEATURE_NAME_PROPERTIES) {
    const name = text(properties[key])
    if (name) return name
  }
  const fosse = text(properties.fosse)
  const puits = text(properties.puits)
  if (puits) return words.shaft(puits, fosse ?? '?')
  if (fosse) return words.pit(fosse)
  const numero = text(properties.numero) ?? text(properties.numero_terril)
  if (numero) return words.terril(numero)
  return words.numbered(collectionTitle, id)
}
