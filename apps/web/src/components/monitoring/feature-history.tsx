import type { HistoryEntry } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useFeatureHistory } from '../../hooks/use-feature-history.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import type { FeatureRef } from '../../lib/url-state.ts'
import { HistoryEntryText } from './history-entry-text.tsx'

interface FeatureHistoryProps {
  feature: FeatureRef
  onOpenAlert: (id: string) => void
}

/** The item an entry belongs to: an alert opens its record; a constat or the ERBM follow-up is named. */
function EntryItem({ entry, onOpenAlert }: { entry: HistoryEntry; onOpenAlert: (id: string) => void }) {
  const { t } = useTranslation()
  const name = entry.item.reference ? `${entry.item.reference} · ${entry.item.label}` : entry.item.label
  if (entry.item.type === 'alert')
    return (
      <button type="button" className="link-button" onClick={() => onOpenAlert(entry.item.id)}>
        {name}
      </button>
    )
  return <>{entry.item.type === 'assessment' ? name : t('monitoring.source.erbm')}</>
}

/** The feature's merged timeline, newest first: alerts' events, constats d'état, ERBM follow-up. */
export function FeatureHistory({ feature, onOpenAlert }: FeatureHistoryProps) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const messagesOf = useProblemMessages()
  const state = useFeatureHistory(feature)

  return (
    <section className="record-section" aria-labelledby="record-history-heading">
      <h3 id="record-history-heading">{t('monitoring.historyHeading')}</h3>
      {state.status === 'loading' && (
        <p className="record-muted" role="status">
          {t('monitoring.historyLoading')}
        </p>
      )}
      {state.status === 'error' && (
        <p className="record-notice" role="alert">
          {t('monitoring.historyError', { message: messagesOf(state.error).summary })}
        </p>
      )}
      {state.status === 'ready' && state.history.entries.length === 0 && (
        <p className="record-muted">{t('monitoring.historyNone')}</p>
      )}
      {state.status === 'ready' && state.history.entries.length > 0 && (
        <ol className="alert-timeline monitoring-history">
          {state.history.entries.map((entry, index) => (
            <li
              key={`${entry.at}-${entry.source}-${entry.item.id}-${entry.kind}-${index}`}
              className={`timeline-event history-${entry.source}`}
            >
              <p className="timeline-meta">
                <span className={`history-source history-source-${entry.source}`}>
                  {t(`monitoring.source.${entry.source}`)}
                </span>{' '}
                <time dateTime={entry.at}>{labels.dateTime(entry.at)}</time>
                {entry.author && ` · ${t('monitoring.by', { name: entry.author.displayName })}`}
                {entry.on && ` · ${t('monitoring.on', { date: labels.date(entry.on) })}`}
              </p>
              <p className="history-text">
                <HistoryEntryText entry={entry} />
              </p>
              <p className="history-item">
                <EntryItem entry={entry} onOpenAlert={onOpenAlert} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {state.status === 'ready' && state.history.truncated && (
        <p className="record-muted">
          {t('monitoring.historyTruncated', { count: state.history.entries.length })}
        </p>
      )}
    </section>
  )
}
