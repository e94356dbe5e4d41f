import { i18next } from './i18n.ts'
import assessmentsEn from './watch/assessments-en.json'
import assessmentsFr from './watch/assessments-fr.json'
import uxEn from './watch/ux-en.json'
import uxFr from './watch/ux-fr.json'
import basemapsEn from './watch/basemaps-en.json'
import basemapsFr from './watch/basemaps-fr.json'
import en from './watch/en.json'
import erbmEn from './watch/erbm-en.json'
import erbmFr from './watch/erbm-fr.json'
import exportsEn from './watch/exports-en.json'
import exportsFr from './watch/exports-fr.json'
import fr from './watch/fr.json'
import overloadEn from './watch/overload-en.json'
import overloadFr from './watch/overload-fr.json'
import monitoringEn from './watch/monitoring-en.json'
import monitoringFr from './watch/monitoring-fr.json'
import indicatorsEn from './watch/indicators-en.json'
import indicatorsFr from './watch/indicators-fr.json'
import searchEn from './watch/search-en.json'
import searchFr from './watch/search-fr.json'
import subscriptionsEn from './watch/subscriptions-en.json'
import subscriptionsFr from './watch/subscriptions-fr.json'
import accountsEn from './watch/accounts-en.json'
import accountsFr from './watch/accounts-fr.json'

// The texts of the accounts and alerts UI, added to the one namespace when that UI is first loaded:
// they would otherwise weigh on the first map load (see components/watch/lazy-views.ts).
i18next.addResourceBundle('fr', 'translation', fr, true, false)
i18next.addResourceBundle('en', 'translation', en, true, false)
i18next.addResourceBundle('fr', 'translation', monitoringFr, true, false)
i18next.addResourceBundle('en', 'translation', monitoringEn, true, false)
i18next.addResourceBundle('fr', 'translation', assessmentsFr, true, false)
i18next.addResourceBundle('en', 'translation', assessmentsEn, true, false)
i18next.addResourceBundle('fr', 'translation', erbmFr, true, false)
i18next.addResourceBundle('en', 'translation', erbmEn, true, false)
i18next.addResourceBundle('fr', 'translation', indicatorsFr, true, false)
i18next.addResourceBundle('en', 'translation', indicatorsEn, true, false)
i18next.addResourceBundle('fr', 'translation', searchFr, true, false)
i18next.addResourceBundle('en', 'translation', searchEn, true, false)
i18next.addResourceBundle('fr', 'translation', uxFr, true, false)
i18next.addResourceBundle('en', 'translation', uxEn, true, false)
i18next.addResourceBundle('fr', 'translation', exportsFr, true, false)
i18next.addResourceBundle('en', 'translation', exportsEn, true, false)
i18next.addResourceBundle('fr', 'translation', subscriptionsFr, true, false)
i18next.addResourceBundle('en', 'translation', subscriptionsEn, true, false)
i18next.addResourceBundle('fr', 'translation', basemapsFr, true, false)
i18next.addResourceBundle('en', 'translation', basemapsEn, true, false)
i18next.addResourceBundle('fr', 'translation', overloadFr, true, false)
i18next.addResourceBundle('en', 'translation', overloadEn, true, false)
i18next.addResourceBundle('fr', 'translation', accountsFr, true, false)
i18next.addResourceBundle('en', 'translation', accountsEn, true, false)
