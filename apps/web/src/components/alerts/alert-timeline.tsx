import type { AlertEvent } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'

/** What one event says, in the user's language. */
function EventText({ event }: { event: AlertEvent }) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  switch (event.kind) {
    case 'created':
      return <>{t('timeline.created')}</>
    case 'status':
      return (
        <>
          {t('timeline.status', { from: labels.status(event.data.from), to: labels.status(event.data.to) })}
          {event.data.comment && <blockquote className="timeline-comment">{event.data.comment}</blockquote>}
        </>
      )
    case 'severity':
      return (
        <>
          {t('timeline.severity', {
            from: labels.severity(event.data.from),
            to: labels.severity(event.data.to),
          })}
        </>
      )
    case 'assignment':
      return (
        <>
          {event.data.to
            ? t('timeline.assigned', { name: event.data.to.displayName })
            : t('timeline.unassigned')}
        </>
      )
    case 'comment':
      return (
        <>
          {t('timeline.comment')}
          <blockquote className="timeline-comment">{event.data.body}</blockquote>
        </>
      )
    case 'edit':
      return (
        <>
          {t('timeline.edit', {
            fields: Object.keys(event.data.changes)
              .map((field) => t(`fields.${field}` as never, { defaultValue: field }) as string)
              .join(', '),
          })}
        </>
      )
    case 'photo':
      return <>{t('timeline.photo', { name: event.data.filename })}</>
  }
}

/** The append-only history, oldest first: every change with its author and time. */
export function AlertTimeline({ events }: { events: AlertEvent[] }) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  return (
    <section className="record-section" aria-labelledby="alert-timeline-heading">
      <h3 id="alert-timeline-heading">{t('timeline.heading')}</h3>
      <ol className="alert-timeline">
        {events.map((event) => (
          <li key={event.id} className={`timeline-event timeline-${event.kind}`}>
            <p className="timeline-meta">
              <time dateTime={event.at}>{labels.dateTime(event.at)}</time> · {event.author.displayName}
            </p>
            <div>
              <EventText event={event} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
