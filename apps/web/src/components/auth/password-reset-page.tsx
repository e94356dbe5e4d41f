import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useResetPassword } from '../../hooks/use-reset-password.ts'
import { env } from '../../env.ts'
import { hasProblemCode } from '../admin/problem-code.ts'
import { controlProps, FormAlert, FormField } from '../watch/form-field.tsx'
import './password-reset-page.css'

/** The shortest password, as at account creation (NewPasswordSchema). */
const MIN_LENGTH = 12

/**
 * The public page a password-reset link opens (`/app/#reset=<token>`): a new password, twice. Once set,
 * the user's sessions are closed and the page offers the map, where they log in.
 */
export function PasswordResetPage({ token }: { token: string }) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const reset = useResetPassword()
  const heading = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(heading, 'password-reset')
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [summary, setSummary] = useState('')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (password.length < MIN_LENGTH) found.password = t('accounts.resetPage.tooShort')
    else if (confirm !== password) found.confirm = t('accounts.resetPage.mismatch')
    setErrors(found)
    setSummary('')
    if (Object.keys(found).length > 0) return
    reset.mutate(
      { token, password },
      {
        onError: (error) => {
          const messages = messagesOf(error)
          setErrors(messages.fields)
          setSummary(
            hasProblemCode(error, 'reset_link_invalid') ? t('accounts.resetPage.invalid') : messages.summary,
          )
        },
      },
    )
  }

  return (
    <main className="password-reset-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('accounts.resetPage.title')}
      </h1>
      {reset.isSuccess ? (
        <div role="status">
          <p>{t('accounts.resetPage.done')}</p>
          <p>
            <a className="primary-button" href={`${env.appBaseUrl}`}>
              {t('accounts.resetPage.toMap')}
            </a>
          </p>
        </div>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="password-reset-title">
          <p id="password-reset-title">{t('accounts.resetPage.intro')}</p>
          <FormAlert message={summary} />
          <FormField
            id="reset-password"
            label={t('accounts.resetPage.password')}
            error={errors.password}
            hint={t('accounts.resetPage.hint')}
          >
            <input
              {...controlProps('reset-password', errors.password, true)}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </FormField>
          <FormField id="reset-confirm" label={t('accounts.resetPage.confirm')} error={errors.confirm}>
            <input
              {...controlProps('reset-confirm', errors.confirm)}
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
            />
          </FormField>
          <button type="submit" className="primary-button" disabled={reset.isPending}>
            {t('accounts.resetPage.submit')}
          </button>
        </form>
      )}
    </main>
  )
}
