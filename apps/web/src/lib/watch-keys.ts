/** The key that starts or stops dropping a report's pin on the map ("s" for "signaler"). */
export const REPORT_PIN_KEY = 's'
