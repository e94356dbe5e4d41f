import 'i18next'
import type fr from './fr.json'
import type recordFr from './record-fr.json'
import type watchFr from './watch/fr.json'
import type monitoringFr from './watch/monitoring-fr.json'
import type assessmentsFr from './watch/assessments-fr.json'
import type erbmFr from './watch/erbm-fr.json'
import type indicatorsFr from './watch/indicators-fr.json'
import type searchFr from './watch/search-fr.json'
import type uxFr from './watch/ux-fr.json'
import type exportsFr from './watch/exports-fr.json'
import type subscriptionsFr from './watch/subscriptions-fr.json'
import type basemapsFr from './watch/basemaps-fr.json'
import type accountsFr from './watch/accounts-fr.json'

/**
 * Translation keys are checked against the French files, the reference language: the map's (bundled)
 * and the accounts and alerts UI's (loaded with that UI, see watch-translations.ts).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: {
      translation: typeof fr &
        typeof recordFr &
        typeof watchFr &
        typeof monitoringFr &
        typeof assessmentsFr &
        typeof erbmFr &
        typeof indicatorsFr &
        typeof searchFr &
        typeof uxFr &
        typeof exportsFr &
        typeof subscriptionsFr &
        typeof basemapsFr &
        typeof accountsFr
    }
  }
}
