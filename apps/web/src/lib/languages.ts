/** The app's languages, French first, each named in itself (the language switch shows these names). */
export const LANGUAGES = { fr: 'Français', en: 'English' } as const
export type Language = keyof typeof LANGUAGES

const DEFAULT_LANGUAGE: Language = 'fr'

/**
 * Reads a stored or requested language.
 * @param value e.g. a stored preference; may be anything
 * @returns the language, or the default (French) when the value is not one of ours
 */
export function parseLanguage(value: unknown): Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value) ? (value as Language) : DEFAULT_LANGUAGE
}

/**
 * The language the switch offers: the other one of the two.
 * @param current the language shown now
 */
export function otherLanguage(current: Language): Language {
  return current === 'fr' ? 'en' : 'fr'
}
