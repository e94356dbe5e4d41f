import { useTranslation } from 'react-i18next'
import { showLanguage } from '../../i18n/i18n.ts'
import { LANGUAGES, otherLanguage, parseLanguage } from '../../lib/languages.ts'

/** A plain button naming the other language in that language; Enter and Space work as for any button. */
export function LanguageSwitch() {
  const { i18n } = useTranslation()
  const target = otherLanguage(parseLanguage(i18n.resolvedLanguage))
  return (
    <button type="button" className="language-switch" lang={target} onClick={() => void showLanguage(target)}>
      {LANGUAGES[target]}
    </button>
  )
}
