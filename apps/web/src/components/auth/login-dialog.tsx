import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/api-error.ts'
import { useLogIn } from '../../hooks/use-log-in.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useSession } from '../../hooks/use-session.ts'
import type { ProblemMessages } from '../../lib/problem-messages.ts'
import { controlProps, FormAlert, FormField } from '../watch/form-field.tsx'
import { useModalDialog } from '../../hooks/use-modal-dialog.ts'

/**
 * "Se connecter": a modal `<dialog>` named by its heading, with email and password. Errors are said in
 * the user's language beside their field; Escape or "Annuler" closes it and the focus goes back.
 */
export function LoginDialog() {
  const { t } = useTranslation()
  const session = useSession()
  const messagesOf = useProblemMessages()
  const dialog = useModalDialog()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const logIn = useLogIn()
  const busy = logIn.isPending || logIn.isSuccess
  const [messages, setMessages] = useState<ProblemMessages>({ summary: '', fields: {} })
  const { closeLogin } = session

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setMessages({ summary: '', fields: {} })
    logIn.mutate(
      { email, password },
      {
        onSuccess: (response) => {
          session.signedIn(response)
          closeLogin()
        },
        onError: (error) => {
          // A 401 here is about the credentials, not about a session. The API's code says which (a wrong
          // password never tells whether the email exists); without one, the general sentence.
          const uncoded = error instanceof ApiError && error.status === 401 && !error.problem?.code
          setMessages(uncoded ? { summary: t('login.refused'), fields: {} } : messagesOf(error))
        },
      },
    )
  }

  return (
    <dialog
      ref={dialog}
      className="watch-dialog login-dialog"
      aria-labelledby="login-heading"
      onCancel={(event) => {
        event.preventDefault()
        closeLogin()
      }}
    >
      <h2 id="login-heading">{t('login.heading')}</h2>
      <form onSubmit={submit} noValidate>
        <FormAlert message={messages.summary} />
        <FormField id="login-email" label={t('fields.email')} error={messages.fields.email}>
          <input
            {...controlProps('login-email', messages.fields.email)}
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </FormField>
        <FormField id="login-password" label={t('fields.password')} error={messages.fields.password}>
          <input
            {...controlProps('login-password', messages.fields.password)}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </FormField>
        <div className="form-actions">
          <button type="submit" className="primary-button" disabled={busy}>
            {busy ? t('login.busy') : t('login.submit')}
          </button>
          <button type="button" onClick={closeLogin}>
            {t('login.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
