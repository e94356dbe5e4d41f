import { terrilNumber } from '../../data-load/terril-numbers.ts'
import type { SearchTerms } from '../../db/search-repo.ts'

/**
 * "terril", then "n°", "nº", "no", "no." or "numéro", each optional, before a number: "n° 74", "numéro
 * 74" and "74" name the same thing. The lookahead keeps "Noeux" or "Nord" whole.
 */
const NUMBER_PREFIX = /^(terril\s+)?(?:(?:n\s?[°º]|no\.?|num[eé]ro)\s*(?=\d))?/i

/**
 * Reads the identifiers a text may name. A terril number follows the loader's rule (`terrilNumber`:
 * "T074a", "74a" → "74A"), so that the search and the stored ids cannot disagree. A text that says it
 * is a terril ("T074A", "terril 74A") names a terril number only: no element, component or shaft id,
 * so that "T074A" does not find element 74A (the Abattoir Pont Ampère terril, n° 80).
 */
export function searchTerms(text: string, limit: number, offset: number): SearchTerms {
  const prefix = NUMBER_PREFIX.exec(text)
  const rest = text.slice(prefix?.[0].length ?? 0).trim()
  const terrilOnly = Boolean(prefix?.[1]) || /^t\d/i.test(rest)
  let terril: string | null
  try {
    terril = terrilNumber(rest)
  } catch {
    terril = null
  }
  const component = terrilOnly ? null : (/^0*([1-9][0-9]{0,2})$/.exec(rest)?.[1] ?? null)
  return {
    text,
    identifier: terrilOnly ? null : rest.toUpperCase(),
    terrilNumber: terril,
    componentNumber: component,
    limit,
    offset,
  }
}

/** Whether a text is worth asking the address service: not an identifier, and long enough (BAN: 3). */
export function mayBeAnAddress(terms: SearchTerms): boolean {
  const identifierLike = /^[a-z]?\d+[a-z]{0,2}$/i.test(terms.text.replace(NUMBER_PREFIX, '').trim())
  return !identifierLike && terms.text.trim().length >= 3
}
