import type { User } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useIssuePasswordReset } from '../../hooks/use-issue-password-reset.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { FormAlert } from '../watch/form-field.tsx'

/** Issues a password-reset link for an account and shows it this once, saying whether it was mailed. */
export function PasswordResetLink({ user }: { user: User }) {
  const { t, i18n } = useTranslation()
  const messagesOf = useProblemMessages()
  const issue = useIssuePasswordReset()
  const issued = issue.data
  const expires = issued
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(issued.expiresAt),
      )
    : ''
  return (
    <section className="admin-reset" aria-labelledby={`reset-${user.id}-heading`}>
      <h4 id={`reset-${user.id}-heading`}>{t('accounts.resetLink')}</h4>
      <FormAlert message={issue.error ? messagesOf(issue.error).summary : ''} />
      <button type="button" onClick={() => issue.mutate(user.id)} disabled={issue.isPending}>
        {t('accounts.issueReset')}
      </button>
      {issued && (
        <div className="token-secret" role="status">
          <p>{t('accounts.resetShownOnce', { date: expires })}</p>
          <label htmlFor={`reset-${user.id}-url`}>{t('accounts.resetUrl')}</label>
          <input
            id={`reset-${user.id}-url`}
            className="admin-reset-url"
            readOnly
            value={issued.url}
            onFocus={(event) => event.target.select()}
          />
          <p>
            {issued.mailed ? t('accounts.resetMailed', { email: user.email }) : t('accounts.resetNotMailed')}
          </p>
        </div>
      )}
    </section>
  )
}
