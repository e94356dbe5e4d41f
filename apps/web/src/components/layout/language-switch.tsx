import { useTranslation } from 'react-i18next'
import { showLanguage } from '../../i18n/i18n.ts'
import { LANGUAGES, otherLanguage, parseLanguage } from '../../lib/languages.ts'

/**
 * A plain button naming the other language in that language; Enter and Space work as for any button.
 * Below the wide layout it shows the language's code ("EN") but keeps its name as the button's name:
 * it stays in the header's row there, for a reader of the other language must find it without a menu.
 */
export function LanguageSwitch() {
  const { i18n } = useTranslation()
  const target = otherLanguage(parseLanguage(i18n.resolvedLanguage))
  return (
    <button type="button" className="language-switch" lang={target} onClick={() => void showLanguage(target)}>
      <span className="language-name">{LANGUAGES[target]}</span>
      <span className="language-code" aria-hidden="true">
        {target.toUpperCase()}
      </span>
    </button>
  )
}
