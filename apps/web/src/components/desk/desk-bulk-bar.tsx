import type { AlertStatus, AlertSummary } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useBulkStatusChange } from '../../hooks/use-bulk-status-change.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { allowedBulkMoves } from '../../lib/bulk-moves.ts'
import { FormAlert } from '../watch/form-field.tsx'

interface DeskBulkBarProps {
  /** The selected alerts, as the list shows them now (a live change of status changes the moves). */
  alerts: AlertSummary[]
  /** Told how many alerts moved, and where, once the API has accepted the change. */
  onDone: (moved: { count: number; status: AlertStatus }) => void
}

/**
 * The same status change on the selected alerts, all or none (the API refuses the lot if one cannot
 * move): only the moves every selected alert allows are offered, and the alerts that block the others
 * are named.
 */
export function DeskBulkBar({ alerts, onDone }: DeskBulkBarProps) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const messagesOf = useProblemMessages()
  const bulk = useBulkStatusChange()
  const [status, setStatus] = useState<AlertStatus | ''>('')
  const [comment, setComment] = useState('')
  const [message, setMessage] = useState('')
  const moves = allowedBulkMoves(alerts)
  // A choice the selection no longer allows (another row ticked, a live change) is dropped.
  const chosen = status && moves.allowed.includes(status) ? status : ''

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!chosen) {
      setMessage(t('desk.bulkChoose'))
      return
    }
    setMessage('')
    const trimmed = comment.trim()
    const ids = alerts.map((alert) => alert.id)
    bulk.mutate(
      { ids, status: chosen, ...(trimmed ? { comment: trimmed } : {}) },
      {
        onSuccess: () => {
          setComment('')
          onDone({ count: ids.length, status: chosen })
        },
        onError: (error) => setMessage(messagesOf(error).summary),
      },
    )
  }

  return (
    <form className="desk-bulk" onSubmit={submit} aria-labelledby="desk-bulk-legend">
      <p id="desk-bulk-legend">
        <strong>{t('desk.selected', { count: alerts.length })}</strong>
      </p>
      <FormAlert message={message} />
      {moves.allowed.length === 0 && <p className="record-notice">{t('deskUx.noCommonMove')}</p>}
      {moves.blocked.length > 0 && (
        <div className="desk-bulk-blocked">
          <p>{t('deskUx.blockedTitle')}</p>
          <ul>
            {moves.blocked.map((entry) => (
              <li key={entry.status}>
                {t('deskUx.blocked', {
                  status: labels.status(entry.status),
                  alerts: entry.by
                    .map((alert) =>
                      t('deskUx.blocker', {
                        reference: alert.reference,
                        status: labels.status(alert.status),
                      }),
                    )
                    .join(', '),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {moves.allowed.length > 0 && (
        <>
          <label>
            {t('desk.bulkStatus')}
            <select value={chosen} onChange={(event) => setStatus(event.target.value as AlertStatus | '')}>
              <option value="">{t('report.choose')}</option>
              {moves.allowed.map((value) => (
                <option key={value} value={value}>
                  {labels.status(value)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('triage.comment')}
            <input value={comment} onChange={(event) => setComment(event.target.value)} />
          </label>
          <button type="submit" className="primary-button" disabled={bulk.isPending}>
            {t('desk.bulkApply', { count: alerts.length })}
          </button>
        </>
      )}
    </form>
  )
}
