import 'i18next'
import type fr from './fr.json'
import type watchFr from './watch/fr.json'
import type monitoringFr from './watch/monitoring-fr.json'
import type assessmentsFr from './watch/assessments-fr.json'
import type erbmFr from './watch/erbm-fr.json'
import type indicatorsFr from './watch/indicators-fr.json'
import type basemapsFr from './watch/basemaps-fr.json'

/**
 * Translation keys are checked against the French files, the reference language: the map's (bundled)
 * and the accounts and alerts UI's (loaded with that UI, see watch-translations.ts).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: {
      translation: typeof fr &
        typeof watchFr &
        typeof monitoringFr &
        typeof assessmentsFr &
        typeof erbmFr &
        typeof indicatorsFr &
        typeof basemapsFr
    }
  }
}
