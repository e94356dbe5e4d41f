import {
  ALERT_CATEGORY_LABELS,
  ALERT_SEVERITY_LABELS,
  ALERT_STATUS_LABELS,
  ASSESSMENT_CONDITION_LABELS,
  ASSESSMENT_TREND_LABELS,
  ERBM_PHASE_LABELS,
  type IndicatorCount,
  type IndicatorDelay,
  type Indicators,
} from '@heritage-watch/shared'
import { stringify } from 'csv-stringify/sync'

// GET /indicators?f=csv: one row per figure (section, key, French label, value), a withheld figure with
// an empty value and "< 3" in `hidden`, so that a spreadsheet sums only what is known.

interface CsvRow {
  section: string
  key: string
  label: string
  value: number | string
  hidden: string
}

type LabelSet = Record<string, { fr: string }>
const ZONE_LABELS: LabelSet = {
  bien: { fr: 'Bien inscrit' },
  zone_tampon: { fr: 'Zone tampon (hors bien)' },
  hors: { fr: 'Hors bien et zone tampon' },
}
const PHASE_LABELS: LabelSet = { ...ERBM_PHASE_LABELS, non_suivie: { fr: 'Aucune phase commencée' } }

export function indicatorsCsv(indicators: Indicators): string {
  const mark = (hidden: boolean) => (hidden ? `< ${indicators.minCount}` : '')
  const rows: CsvRow[] = []
  const counts = (name: string, figures: IndicatorCount[], labels: LabelSet = {}) => {
    for (const figure of figures)
      rows.push({
        section: name,
        key: figure.key,
        label: labels[figure.key]?.fr ?? figure.key,
        value: figure.count ?? '',
        hidden: mark(figure.hidden),
      })
  }
  const delay = (name: string, figure: IndicatorDelay) => {
    const values: [string, number | null][] = [
      ['count', figure.count],
      ['median_hours', figure.medianHours],
      ['p90_hours', figure.p90Hours],
    ]
    for (const [key, value] of values)
      rows.push({ section: name, key, label: key, value: value ?? '', hidden: mark(figure.hidden) })
  }
  const { alerts, assessments, erbm } = indicators
  counts('alerts.total', [alerts.total])
  counts('alerts.status', alerts.byStatus, ALERT_STATUS_LABELS)
  counts('alerts.severity', alerts.bySeverity, ALERT_SEVERITY_LABELS)
  counts('alerts.category', alerts.byCategory, ALERT_CATEGORY_LABELS)
  counts('alerts.month', alerts.byMonth)
  counts('alerts.zone', alerts.byZone, ZONE_LABELS)
  delay('alerts.first_response', alerts.firstResponse)
  delay('alerts.resolution', alerts.resolution)
  counts('assessments.total', [assessments.total])
  counts('assessments.zone', assessments.byZone, ZONE_LABELS)
  counts('assessments.features', [assessments.features])
  counts('assessments.condition', assessments.byCondition, ASSESSMENT_CONDITION_LABELS)
  counts('assessments.trend', assessments.byTrend, ASSESSMENT_TREND_LABELS)
  counts('assessments.priority', assessments.byPriority)
  for (const site of indicators.sitesAtRisk)
    rows.push({
      section: 'sites_at_risk',
      key: site.id,
      label: `${site.name} (${site.commune})`,
      value: site.condition ?? '',
      hidden: site.hidden ? 'constat non public' : '',
    })
  counts('erbm.cites', [erbm.cites])
  counts('erbm.phase', erbm.byPhase, PHASE_LABELS)
  counts('erbm.evaluations', [erbm.evaluations])
  for (const score of erbm.meanScores)
    rows.push({
      section: 'erbm.mean_score',
      key: score.key,
      label: score.key,
      value: score.mean ?? '',
      hidden: '',
    })
  counts(
    'pressure.commune',
    indicators.pressure,
    Object.fromEntries(indicators.pressure.map((row) => [row.key, { fr: row.label }])),
  )
  return stringify(rows, {
    header: true,
    bom: true,
    escape_formulas: true,
    columns: ['section', 'key', 'label', 'value', 'hidden'],
  })
}
