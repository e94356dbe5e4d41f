import type { Alert } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { commentAlert } from '../../api/alerts-client.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useSession } from '../../hooks/use-session.ts'
import { controlProps, FormField } from '../watch/form-field.tsx'

/** A comment, added to the timeline. */
export function AlertCommentForm({ alert, onChanged }: { alert: Alert; onChanged: (alert: Alert) => void }) {
  const { t } = useTranslation()
  const session = useSession()
  const messagesOf = useProblemMessages()
  const [body, setBody] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!body.trim()) {
      setError(t('reportErrors.required'))
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      onChanged(await commentAlert(alert.id, body.trim(), session.request))
      setBody('')
    } catch (failure) {
      const messages = messagesOf(failure)
      setError(messages.fields.body ?? messages.summary)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="alert-actions" onSubmit={submit} noValidate>
      <FormField id="alert-comment" label={t('fields.body')} error={error}>
        <textarea
          {...controlProps('alert-comment', error)}
          rows={3}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </FormField>
      <button type="submit" disabled={busy}>
        {t('alert.sendComment')}
      </button>
    </form>
  )
}
