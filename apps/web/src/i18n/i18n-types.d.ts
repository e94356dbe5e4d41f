import 'i18next'
import type fr from './fr.json'
import type watchFr from './watch/fr.json'
import type indicatorsFr from './watch/indicators-fr.json'

/**
 * Translation keys are checked against the French files, the reference language: the map's (bundled)
 * and the accounts and alerts UI's (loaded with that UI, see watch-translations.ts).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof fr & typeof watchFr & typeof indicatorsFr }
  }
}
