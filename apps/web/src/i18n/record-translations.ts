import { i18next } from './i18n.ts'
import recordEn from './record-en.json'
import recordFr from './record-fr.json'

// The texts of a feature's record and of the keyboard help, added when either panel is first loaded:
// both panels are lazy, and their texts would otherwise weigh on the first map load (400 KB budget).
i18next.addResourceBundle('fr', 'translation', recordFr, true, false)
i18next.addResourceBundle('en', 'translation', recordEn, true, false)
