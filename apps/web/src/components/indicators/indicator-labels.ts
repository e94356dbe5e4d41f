import {
  ALERT_CATEGORY_LABELS,
  ALERT_SEVERITY_LABELS,
  ALERT_STATUS_LABELS,
  ASSESSMENT_CONDITION_LABELS,
  ASSESSMENT_PRIORITY_LABELS,
  ASSESSMENT_TREND_LABELS,
  ERBM_PHASE_LABELS,
  type IndicatorCount,
} from '@heritage-watch/shared'
import type { Language } from '../../lib/languages.ts'
import type { ChartBar } from './indicator-chart.tsx'

type Labels = Record<string, { fr: string; en: string }>

/** The vocabularies' labels, by the indicators' section. */
export const LABELS = {
  status: ALERT_STATUS_LABELS as Labels,
  severity: ALERT_SEVERITY_LABELS as Labels,
  category: ALERT_CATEGORY_LABELS as Labels,
  condition: ASSESSMENT_CONDITION_LABELS as Labels,
  trend: ASSESSMENT_TREND_LABELS as Labels,
  // The letter alone on a chart; the register's meaning is in the table's title attribute.
  priority: Object.fromEntries(
    Object.keys(ASSESSMENT_PRIORITY_LABELS).map((key) => [key, { fr: key, en: key }]),
  ) as Labels,
  phase: ERBM_PHASE_LABELS as Labels,
}

/** Chart bars of a breakdown, labelled in `language` from `labels`, or by `fallback`, or by key. */
export function barsOf(
  figures: IndicatorCount[],
  language: Language,
  labels: Labels = {},
  fallback: (key: string) => string = (key) => key,
): ChartBar[] {
  return figures.map((figure) => ({
    key: figure.key,
    label: labels[figure.key]?.[language] ?? fallback(figure.key),
    value: figure.count,
  }))
}
