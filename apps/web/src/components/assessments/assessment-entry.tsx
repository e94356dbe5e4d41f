import {
  ASSESSMENT_OCCUPANCY_LABELS,
  ASSESSMENT_STATUS_LABELS,
  ASSESSMENT_THREAT_LABELS,
  ASSESSMENT_TREND_LABELS,
  type Assessment,
} from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { env } from '../../env.ts'
import { useLanguage } from '../../hooks/use-language.ts'
import { ConditionBadge } from './condition-badge.tsx'
import { DecisionForm } from './decision-form.tsx'
import { formatDay } from './format-day.ts'

/** One dated constat of the series: its facts, who wrote it (or its source), its status and photos. */
export function AssessmentEntry({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { facts } = assessment
  const date = formatDay(facts.visitedOn, language)
  const fromSource = assessment.origin === 'source'
  return (
    <li className={`assessment-entry assessment-${assessment.status}`}>
      <p className="assessment-entry-head">
        <strong>{date}</strong> · <ConditionBadge condition={facts.condition} />
        {fromSource && <span className="assessment-tag">{t('assessments.fromSource')}</span>}
        {assessment.status !== 'validee' && (
          <span className="assessment-tag">{ASSESSMENT_STATUS_LABELS[assessment.status][language]}</span>
        )}
      </p>
      <p className="record-muted">
        {assessment.number} · {t('assessments.trend')} : {ASSESSMENT_TREND_LABELS[facts.trend][language]} ·{' '}
        {t('assessments.priority')} {facts.priority} ·{' '}
        {ASSESSMENT_OCCUPANCY_LABELS[facts.occupancy][language]}
      </p>
      <p className="record-muted">
        {t('assessments.threats')} :{' '}
        {facts.threats.length
          ? facts.threats.map((threat) => ASSESSMENT_THREAT_LABELS[threat][language]).join(', ')
          : t('assessments.noThreat')}
      </p>
      {facts.note && <p className="assessment-note">{facts.note}</p>}
      {fromSource && assessment.source && (
        <p className="record-muted assessment-source">
          {t('assessments.sourceLabel', { source: assessment.source })}
        </p>
      )}
      {!fromSource && assessment.author && (
        <p className="record-muted">
          {assessment.organisation
            ? t('assessments.byOrganisation', {
                author: assessment.author,
                organisation: assessment.organisation,
              })
            : t('assessments.by', { author: assessment.author })}
        </p>
      )}
      {assessment.photos.length > 0 && (
        <ul className="assessment-photos" aria-label={t('assessments.photos')}>
          {assessment.photos.map((photo) => (
            <li key={photo.id}>
              <a href={`${env.apiBaseUrl}${photo.href}`} target="_blank" rel="noreferrer">
                <img src={`${env.apiBaseUrl}${photo.href}`} alt={photo.filename} loading="lazy" />
              </a>
            </li>
          ))}
        </ul>
      )}
      {assessment.mayValidate && <DecisionForm assessment={assessment} />}
    </li>
  )
}
