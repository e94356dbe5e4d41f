import type { AlertDuplicate } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'

interface AlertDuplicatesProps {
  duplicates: AlertDuplicate[]
  headingId: string
  /** Before submitting: the hint asks the reporter to check; after: it tells the officer. */
  before: boolean
  onOpenAlert?: (id: string) => void
}

/** Open alerts on the same feature or within 100 m in the last 90 days: perhaps the same threat. */
export function AlertDuplicates({ duplicates, headingId, before, onOpenAlert }: AlertDuplicatesProps) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  if (duplicates.length === 0) return null
  return (
    <section className="record-section alert-duplicates" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('duplicates.heading', { count: duplicates.length })}</h3>
      <p className="record-notice">{before ? t('duplicates.before') : t('duplicates.after')}</p>
      <ul className="context-list">
        {duplicates.map((duplicate) => {
          const text = `${duplicate.reference} · ${duplicate.title}`
          return (
            <li key={duplicate.id}>
              {onOpenAlert ? (
                <button type="button" className="link-button" onClick={() => onOpenAlert(duplicate.id)}>
                  {text}
                </button>
              ) : (
                <strong>{text}</strong>
              )}{' '}
              <span className="record-muted">
                {labels.status(duplicate.status)} · {labels.severity(duplicate.severity)} ·{' '}
                {t('duplicates.observed', { date: labels.date(duplicate.observedOn) })} ·{' '}
                {duplicate.reason === 'same_feature'
                  ? t('duplicates.sameFeature')
                  : t('duplicates.nearby', { distance: labels.distance(duplicate.distanceM) })}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
