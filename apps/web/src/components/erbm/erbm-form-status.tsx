import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { randomUuid } from '../../lib/random-uuid.ts'

/** What a follow-up form says after sending: the refusal with each field named, or that it was saved. */
export function ErbmFormStatus({ error, saved }: { error: unknown; saved: boolean }) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  if (error) {
    const messages = messagesOf(error)
    return (
      <div className="form-alert" role="alert">
        <p>{messages.summary}</p>
        {Object.values(messages.fields).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    )
  }
  return saved ? (
    <p role="status" className="erbm-saved">
      {t('erbm.saved')}
    </p>
  ) : null
}

/** One Idempotency-Key per filled form: kept across retries, renewed once the form was saved. */
export function useIdempotencyKey(): [string, () => void] {
  const [key, setKey] = useState(() => randomUuid())
  return [key, () => setKey(randomUuid())]
}
