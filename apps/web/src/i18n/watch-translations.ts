import { i18next } from './i18n.ts'
import en from './watch/en.json'
import fr from './watch/fr.json'
import indicatorsEn from './watch/indicators-en.json'
import indicatorsFr from './watch/indicators-fr.json'

// The texts of the accounts and alerts UI, added to the one namespace when that UI is first loaded:
// they would otherwise weigh on the first map load (see components/watch/lazy-views.ts).
i18next.addResourceBundle('fr', 'translation', fr, true, false)
i18next.addResourceBundle('en', 'translation', en, true, false)
i18next.addResourceBundle('fr', 'translation', indicatorsFr, true, false)
i18next.addResourceBundle('en', 'translation', indicatorsEn, true, false)
