import type { Alert } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertChange } from '../../hooks/use-alert-change.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { controlProps, FormField } from '../watch/form-field.tsx'

/** A comment, added to the timeline. */
export function AlertCommentForm({ alert }: { alert: Alert }) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const comment = useAlertChange('comment', alert.id)
  const [body, setBody] = useState('')
  const [error, setError] = useState<string>()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!body.trim()) {
      setError(t('reportErrors.required'))
      return
    }
    setError(undefined)
    comment.mutate(body.trim(), {
      onSuccess: () => setBody(''),
      onError: (failure) => {
        const messages = messagesOf(failure)
        setError(messages.fields.body ?? messages.summary)
      },
    })
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
      <button type="submit" disabled={comment.isPending}>
        {t('alert.sendComment')}
      </button>
    </form>
  )
}
