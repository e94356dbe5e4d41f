import {
  ASSESSMENT_OCCUPANCY_LABELS,
  ASSESSMENT_PRIORITY_LABELS,
  ASSESSMENT_TREND_LABELS,
  type AssessmentSeries,
} from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../hooks/use-language.ts'
import { formatDay } from './format-day.ts'
import { ConditionBadge } from './condition-badge.tsx'

/** What the series says now: the latest validated condition and the trend computed by the API. */
export function LatestState({ series }: { series: AssessmentSeries }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { latest } = series
  if (!latest) return <p className="record-muted">{t('assessments.none')}</p>
  const date = formatDay(latest.facts.visitedOn, language)
  return (
    <dl className="assessment-latest" aria-label={t('assessments.latest')}>
      <dt>{t('assessments.latest')}</dt>
      <dd>
        <ConditionBadge condition={latest.facts.condition} />{' '}
        <span className="record-muted">
          {latest.origin === 'source'
            ? t('assessments.sourceDated', { date })
            : t('assessments.visitedOn', { date })}
        </span>
      </dd>
      <dt>{t('assessments.trend')}</dt>
      <dd>
        {ASSESSMENT_TREND_LABELS[series.trend][language]}{' '}
        <span className="record-muted">({t(`assessments.trendBasis.${series.trendBasis}`)})</span>
      </dd>
      <dt>{t('assessments.priority')}</dt>
      <dd>{ASSESSMENT_PRIORITY_LABELS[latest.facts.priority][language]}</dd>
      <dt>{t('assessments.occupancy')}</dt>
      <dd>{ASSESSMENT_OCCUPANCY_LABELS[latest.facts.occupancy][language]}</dd>
    </dl>
  )
}
