import type { Alert, AlertStatus } from '@heritage-watch/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertChange } from '../../hooks/use-alert-change.ts'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { FormAlert } from '../watch/form-field.tsx'

/** Officers: one button per status the alert may move to now (`nextStatuses`), with an optional comment. */
export function AlertStatusActions({ alert }: { alert: Alert }) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const messagesOf = useProblemMessages()
  const change = useAlertChange('status', alert.id)
  const [comment, setComment] = useState('')
  const [message, setMessage] = useState('')
  if (alert.nextStatuses.length === 0) return null

  const move = (status: AlertStatus) => {
    setMessage('')
    const trimmed = comment.trim()
    change.mutate(trimmed ? { status, comment: trimmed } : { status }, {
      onSuccess: () => setComment(''),
      onError: (error) => setMessage(messagesOf(error).summary),
    })
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
          <button key={status} type="button" disabled={change.isPending} onClick={() => move(status)}>
            {t('triage.moveTo', { status: labels.status(status) })}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
