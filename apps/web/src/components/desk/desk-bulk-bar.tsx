import { ALERT_STATUSES, type AlertStatus } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useBulkStatusChange } from '../../hooks/use-bulk-status-change.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { FormAlert } from '../watch/form-field.tsx'

/** The same status change on the selected alerts, all or none (the API refuses the lot if one cannot move). */
export function DeskBulkBar({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const messagesOf = useProblemMessages()
  const bulk = useBulkStatusChange()
  const [status, setStatus] = useState<AlertStatus | ''>('')
  const [comment, setComment] = useState('')
  const [message, setMessage] = useState('')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!status) {
      setMessage(t('desk.bulkChoose'))
      return
    }
    setMessage('')
    const trimmed = comment.trim()
    bulk.mutate(
      { ids, status, ...(trimmed ? { comment: trimmed } : {}) },
      {
        onSuccess: () => {
          setComment('')
          onDone()
        },
        onError: (error) => setMessage(messagesOf(error).summary),
      },
    )
  }

  return (
    <form className="desk-bulk" onSubmit={submit} aria-labelledby="desk-bulk-legend">
      <p id="desk-bulk-legend">
        <strong>{t('desk.selected', { count: ids.length })}</strong>
      </p>
      <FormAlert message={message} />
      <label>
        {t('desk.bulkStatus')}
        <select value={status} onChange={(event) => setStatus(event.target.value as AlertStatus | '')}>
          <option value="">{t('report.choose')}</option>
          {ALERT_STATUSES.map((value) => (
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
        {t('desk.bulkApply', { count: ids.length })}
      </button>
    </form>
  )
}
