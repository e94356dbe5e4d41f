import {
  ALERT_CATEGORY_LABELS,
  ALERT_SEVERITY_LABELS,
  ALERT_STATUS_LABELS,
  type AlertCategory,
  type AlertSeverity,
  type AlertStatus,
} from '@heritage-watch/shared'
import { useMemo } from 'react'
import { useLanguage } from './use-language.ts'

/** The alert vocabularies (category, severity, status) in the shown language, from the shared labels. */
export function useAlertLabels() {
  const language = useLanguage()
  return useMemo(
    () => ({
      category: (value: AlertCategory) => ALERT_CATEGORY_LABELS[value]?.[language] ?? value,
      severity: (value: AlertSeverity) => ALERT_SEVERITY_LABELS[value]?.[language] ?? value,
      status: (value: AlertStatus) => ALERT_STATUS_LABELS[value]?.[language] ?? value,
      /** A date (YYYY-MM-DD) or a timestamp as the reader writes it. */
      date: (value: string) =>
        new Intl.DateTimeFormat(language, {
          dateStyle: 'medium',
          timeZone: value.length === 10 ? 'UTC' : undefined,
        }).format(new Date(value)),
      dateTime: (value: string) =>
        new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(value),
        ),
      distance: (metres: number) =>
        new Intl.NumberFormat(language, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(
          metres,
        ),
      /** A share from 0 to 1 as a percentage, "12 %". */
      percent: (share: number) =>
        new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share),
    }),
    [language],
  )
}
