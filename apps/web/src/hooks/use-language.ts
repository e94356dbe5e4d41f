import { useTranslation } from 'react-i18next'
import { type Language, parseLanguage } from '../lib/languages.ts'

/** The language shown now ('fr' or 'en'). */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return parseLanguage(i18n.resolvedLanguage)
}
