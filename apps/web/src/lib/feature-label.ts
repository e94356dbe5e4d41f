/** Label templates in the shown language (from the translations). */
export interface LabelWords {
  /** e.g. "Puits 7, fosse Bonnel" */
  shaft(puits: string, fosse: string): string
  /** e.g. "Terril 74A" */
  terril(numero: string): string
  /** e.g. "Zone tampon 3": the collection's title and the feature id */
  numbered(collectionTitle: string, id: string): string
}

const text = (value: unknown): string | undefined =>
  (typeof value === 'string' && value.trim() !== '') || typeof value === 'number'
    ? String(value).trim()
    : undefined

/**
 * What to call a feature in the record, the list and the search: its name, else a readable stand-in
 * (a shaft by its number and pit, a terril by its number, anything else by its collection and id).
 * @param properties the feature's properties; from a vector tile, only the few it carries
 */
export function featureLabel(
  collectionTitle: string,
  id: string,
  properties: Readonly<Record<string, unknown>>,
  words: LabelWords,
): string {
  // A site classé or inscrit is named `nomgen` in its source (servitude AC2).
  const name = text(properties.nom) ?? text(properties.nomgen)
  if (name) return name
  const puits = text(properties.puits)
  if (puits) return words.shaft(puits, text(properties.fosse) ?? '?')
  const numero = text(properties.numero) ?? text(properties.numero_terril)
  if (numero) return words.terril(numero)
  return words.numbered(collectionTitle, id)
}
