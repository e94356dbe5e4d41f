/**
 * Reduces a commune name to a key that ignores case, accents, ligatures and the lès/lez/les variants,
 * so that "FLINES-LES-RACHES", "Flines-lez-Raches" and "Flines-les-Râches" compare equal.
 * @example normalizeCommuneName('Nœux-Les-Mines') // 'noeux-les-mines'
 */
export function normalizeCommuneName(name: string): string {
  return name
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .trim()
    .replace(/[\s-]+/g, '-')
    .replace(/-lez-/g, '-les-')
}

export interface OfficialCommune {
  insee: string
  nom: string
}

export interface CommuneMatcher {
  /** The official commune for a source spelling, or undefined when it is outside the communes layer. */
  match(name: string): OfficialCommune | undefined
}

/**
 * Builds a matcher from the communes layer and a table of known source misspellings.
 * @param communes the official communes (INSEE code and name)
 * @param aliases source spelling → official name, each documented in data/seeds/commune-aliases.tsv
 */
export function createCommuneMatcher(
  communes: readonly OfficialCommune[],
  aliases: ReadonlyMap<string, string> = new Map(),
): CommuneMatcher {
  const byKey = new Map<string, OfficialCommune>()
  for (const commune of communes) {
    const key = normalizeCommuneName(commune.nom)
    if (byKey.has(key)) throw new Error(`communes layer holds two communes named ${commune.nom}`)
    byKey.set(key, commune)
  }
  const aliasKeys = new Map(
    [...aliases].map(([spelling, official]) => [normalizeCommuneName(spelling), official]),
  )
  return {
    match(name) {
      const key = normalizeCommuneName(name)
      const alias = aliasKeys.get(key)
      return byKey.get(alias === undefined ? key : normalizeCommuneName(alias))
    },
  }
}
