import type { Alert, AlertStatus } from '@heritage-watch/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { changeAlertStatus } from '../../api/alerts-client.ts'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useSession } from '../../hooks/use-session.ts'
import { FormAlert } from '../watch/form-field.tsx'

/** Officers: one button per status the alert may move to now (`nextStatuses`), with an optional comment. */
export function AlertStatusActions({
  alert,
  onChanged,
}: {
  alert: Alert
  onChanged: (alert: Alert) => void
}) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const session = useSession()
  const messagesOf = useProblemMessages()
  const [comment, setComment] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  if (alert.nextStatuses.length === 0) return null

  const move = async (status: AlertStatus) => {
    setBusy(true)
    setMessage('')
    try {
      const trimmed = comment.trim()
      onChanged(
        await changeAlertStatus(
          alert.id,
          trimmed ? { status, comment: trimmed } : { status },
          session.request,
        ),
      )
      setComment('')
    } catch (error) {
      setMessage(messagesOf(error).summary)
    } finally {
      setBusy(false)
    }
  }

  return (
    <fieldset className="alert-actions">
      <legend>{t('triage.status')}</legend>
      <FormAlert message={message} />
      <label htmlFor="status-comment">{t('triage.comment')}</label>
      <textarea
        id="status-comment"
        rows={2}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="form-actions">
        {alert.nextStatuses.map((status) => (
          <button key={status} type="button" disabled={busy} onClick={() => void move(status)}>
            {t('triage.moveTo', { status: labels.status(status) })}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
