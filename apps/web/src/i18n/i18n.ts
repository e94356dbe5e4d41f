import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { type Language, parseLanguage } from '../lib/languages.ts'
import en from './en.json'
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

i18next.on('languageChanged', (language) => {
  applyToDocument(language)
  storeLanguage(parseLanguage(language))
})

void i18next.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'fr',
  supportedLngs: ['fr', 'en'],
  // React escapes text itself.
  interpolation: { escapeValue: false },
  // The resources are bundled: initialise synchronously so the first render is translated.
  initAsync: false,
})

export { i18next }
