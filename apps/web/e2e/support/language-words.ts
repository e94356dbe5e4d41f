/**
 * Common words of one language that the other never uses, to catch text shown in the wrong language
 * (issue #11 §7). Short, on purpose: a word shared by both ("source", "date", "liste"/"list" differ)
 * would give false alarms. Proper names of the data (places, pits, sites) are in French in both.
 */
const ENGLISH_WORDS =
  /\b(the|and|of|with|from|lists?|built|twin|since|named|leaflet|buildings?|earliest|housing|view|see|details|within|inside|partly|outside|listed)\b/gi
const FRENCH_WORDS =
  /\b(dans|du|des|élément|composante|intersecte|polygone|partie|champ|créé|hors|touche|statut|inconnu|prioritaire|voir)\b/gi

/** The English words found in a French text, once each. */
export const englishWordsIn = (text: string): string[] => [...new Set(text.match(ENGLISH_WORDS) ?? [])]

/** The French words found in an English text, once each. */
export const frenchWordsIn = (text: string): string[] => [...new Set(text.match(FRENCH_WORDS) ?? [])]
