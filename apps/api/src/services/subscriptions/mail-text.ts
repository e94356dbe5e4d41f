import {
  ALERT_CATEGORY_LABELS,
  ALERT_SEVERITY_LABELS,
  ALERT_STATUS_LABELS,
  type AlertCategory,
  type AlertSeverity,
  type AlertStatus,
  type WebhookPayload,
} from '@heritage-watch/shared'

// The e-mail of a notification, in the subscription's language (French unless it says English), as plain
// text: it reads the same in every mail client and carries no tracking.

type Language = 'fr' | 'en'

const TEXTS = {
  fr: {
    immediate: 'Alerte',
    daily: 'Résumé du jour',
    weekly: 'Résumé de la semaine',
    triage: (count: number) => `${count} alerte${count > 1 ? 's' : ''} à trier`,
    changes: (count: number) => `${count} changement${count > 1 ? 's' : ''} d’alertes`,
    created: 'nouvelle alerte',
    status: 'nouveau statut',
    severity: 'nouvelle gravité',
    intro: (name: string) => `Bonjour ${name},`,
    footer:
      'Vous recevez ce message parce que vous suivez ces alertes dans la Veille patrimoniale du Bassin minier.\nGérez vos abonnements dans l’application : « Mes abonnements ».',
    severityWord: 'gravité',
    statusWord: 'statut',
    open: 'Voir',
    colon: ' : ',
    brand: '[Veille patrimoniale]',
  },
  en: {
    immediate: 'Alert',
    daily: 'Daily digest',
    weekly: 'Weekly digest',
    triage: (count: number) => `${count} alert${count > 1 ? 's' : ''} awaiting triage`,
    changes: (count: number) => `${count} alert change${count > 1 ? 's' : ''}`,
    created: 'new alert',
    status: 'new status',
    severity: 'new severity',
    intro: (name: string) => `Hello ${name},`,
    footer:
      'You receive this message because you follow these alerts in the Mining Basin heritage watch.\nManage your subscriptions in the app: “My subscriptions”.',
    severityWord: 'severity',
    statusWord: 'status',
    open: 'Open',
    colon: ': ',
    brand: '[Heritage watch]',
  },
} as const

const kindText = (language: Language, kind: string) =>
  kind === 'status' || kind === 'severity' || kind === 'created' ? TEXTS[language][kind] : kind

/** The subject and text of the e-mail of a notification. */
export function mailText(
  payload: WebhookPayload,
  language: Language,
  displayName: string,
): { subject: string; text: string } {
  const texts = TEXTS[language]
  const count = payload.events.length
  const what = payload.awaitingTriage !== null ? texts.triage(payload.awaitingTriage) : texts.changes(count)
  const first = payload.events[0]
  const subject =
    payload.frequency === 'immediate' && count === 1 && first
      ? `${texts.brand} ${texts.immediate} ${first.alert.reference}${texts.colon}${first.alert.title}`
      : `${texts.brand} ${texts[payload.frequency]}${texts.colon}${what}`
  const lines = payload.events.map(({ kind, alert }) => {
    const place = alert.communes.length ? ` (${alert.communes.join(', ')})` : ''
    const labels = [
      ALERT_CATEGORY_LABELS[alert.category as AlertCategory][language],
      `${texts.severityWord} ${ALERT_SEVERITY_LABELS[alert.severity as AlertSeverity][language].toLowerCase()}`,
      `${texts.statusWord} ${ALERT_STATUS_LABELS[alert.status as AlertStatus]?.[language].toLowerCase() ?? alert.status}`,
    ].join(', ')
    const link = alert.url ? `\n  ${texts.open}${texts.colon}${alert.url}` : ''
    return `- ${alert.reference} ${alert.title}${place} — ${kindText(language, kind)}\n  ${labels}${link}`
  })
  const text = [texts.intro(displayName), '', what, '', ...lines, '', '--', texts.footer, ''].join('\n')
  return { subject, text }
}
