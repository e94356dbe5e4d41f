import { ALERT_STATUSES, type AlertStatus } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { changeAlertsStatus } from '../../api/alerts-client.ts'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useSession } from '../../hooks/use-session.ts'
import { FormAlert } from '../watch/form-field.tsx'

/** The same status change on the selected alerts, all or none (the API refuses the lot if one cannot move). */
export function DeskBulkBar({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const session = useSession()
  const messagesOf = useProblemMessages()
  const [status, setStatus] = useState<AlertStatus | ''>('')
  const [comment, setComment] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!status) {
      setMessage(t('desk.bulkChoose'))
      return
    }
    setBusy(true)
    setMessage('')
    try {
      const trimmed = comment.trim()
      await changeAlertsStatus({ ids, status, ...(trimmed ? { comment: trimmed } : {}) }, session.request)
      setComment('')
      onDone()
    } catch (error) {
      setMessage(messagesOf(error).summary)
    } finally {
      setBusy(false)
    }
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
      <button type="submit" className="primary-button" disabled={busy}>
        {t('desk.bulkApply', { count: ids.length })}
      </button>
    </form>
  )
}
