import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { type Language, parseLanguage } from '../lib/languages.ts'
import fr from './fr.json'

const STORAGE_KEY = 'heritage-watch:language'

function storedLanguage(): Language {
  try {
    return parseLanguage(window.localStorage.getItem(STORAGE_KEY))
  } catch {
    // Storage can be disabled (private browsing, strict settings): French, as for a first visit.
    return parseLanguage(null)
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Not remembering the choice is harmless.
  }
}

/** Keeps `<html lang>` and the document title in the shown language, for screen readers and tabs. */
function applyToDocument(language: string): void {
  document.documentElement.lang = language
  document.title = i18next.t('app.documentTitle')
}

// Read before i18next starts: its first languageChanged (French) would otherwise overwrite the choice.
const initialLanguage = storedLanguage()

i18next.on('languageChanged', (language) => {
  applyToDocument(language)
  storeLanguage(parseLanguage(language))
})

// French, the first language, is bundled; English comes with its first use (about 4 KB off the first
// load, whose JavaScript budget is 400 KB gzipped).
void i18next.use(initReactI18next).init({
  resources: { fr: { translation: fr } },
  lng: 'fr',
  fallbackLng: 'fr',
  supportedLngs: ['fr', 'en'],
  // React escapes text itself.
  interpolation: { escapeValue: false },
  // The French resources are bundled: initialise synchronously so the first render is translated.
  initAsync: false,
})

const loaded = new Set<Language>(['fr'])

/** Adds a language's texts to i18next before it is shown; French is always there. */
async function loadLanguage(language: Language): Promise<void> {
  if (loaded.has(language)) return
  const { default: texts } = await import('./en.json')
  // deep merge, no overwrite: the alerts UI may already have added its own English texts.
  i18next.addResourceBundle(language, 'translation', texts, true, false)
  loaded.add(language)
}

/**
 * Shows the app in `language`, once its texts are loaded.
 * @example await showLanguage('en')
 */
export async function showLanguage(language: Language): Promise<void> {
  await loadLanguage(language)
  await i18next.changeLanguage(language)
}

/** Settles when the stored language is ready to show: main.tsx renders after it. */
export const languageReady = showLanguage(initialLanguage)

export { i18next }
