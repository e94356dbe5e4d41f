import { actorOf, can, type User } from '@heritage-watch/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAssessmentSeries } from '../../hooks/use-assessment-series.ts'
import type { FeatureRef } from '../../lib/url-state.ts'
import { AssessmentEntry } from './assessment-entry.tsx'
import { AssessmentForm } from './assessment-form.tsx'
import { LatestState } from './latest-state.tsx'
import { SiteFollowup } from './site-followup.tsx'
import './assessments.css'

/**
 * A feature's condition (issue #10 §2): its latest validated state and computed trend, the dated series
 * (source-derived constats said so, proposals with their status), the form to record one, and officers'
 * decisions on proposals. An endangered site also shows its follow-up (§6).
 */
export function AssessmentSection({ selection, user }: { selection: FeatureRef; user: User }) {
  const { t } = useTranslation()
  const series = useAssessmentSeries(selection)
  const [formOpen, setFormOpen] = useState(false)
  const actor = actorOf(user)
  const mayCreate = can(actor, 'assessment:create')
  const isStaff = can(actor, 'assessment:validate')
  return (
    <section className="record-section assessment-section" aria-labelledby="assessment-heading">
      <h3 id="assessment-heading">{t('assessments.heading')}</h3>
      {selection.collection === 'sites-en-danger' && (
        <SiteFollowup siteId={selection.id} mayEdit={can(actor, 'site-at-risk:edit')} />
      )}
      {series.isPending && (
        <p className="record-muted" role="status">
          {t('assessments.loading')}
        </p>
      )}
      {series.isError && (
        <p className="record-notice" role="alert">
          {t('assessments.error', { message: series.error.message })}
        </p>
      )}
      {series.isSuccess && (
        <>
          <LatestState series={series.data} />
          {mayCreate &&
            (formOpen ? (
              <AssessmentForm feature={selection} proposal={!isStaff} onDone={() => setFormOpen(false)} />
            ) : (
              <button type="button" className="report-button" onClick={() => setFormOpen(true)}>
                {isStaff ? t('assessments.record') : t('assessments.propose')}
              </button>
            ))}
          {series.data.assessments.length > 0 && (
            <>
              <h4 id="assessment-series-heading">{t('assessments.series')}</h4>
              <ol className="assessment-series" aria-labelledby="assessment-series-heading">
                {series.data.assessments.map((assessment) => (
                  <AssessmentEntry key={assessment.id} assessment={assessment} />
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  )
}
