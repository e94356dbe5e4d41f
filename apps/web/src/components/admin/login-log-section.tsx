import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLoginLog } from '../../hooks/use-login-log.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { FormAlert } from '../watch/form-field.tsx'
import { LogPager, logTime } from './log-pager.tsx'

/** The login log: successes, failures and lockouts, with address and browser, newest first. */
export function LoginLogSection() {
  const { t, i18n } = useTranslation()
  const messagesOf = useProblemMessages()
  const [before, setBefore] = useState<number | null>(null)
  const log = useLoginLog(before)
  const events = log.data?.events ?? []
  return (
    <section className="admin-section" aria-labelledby="login-log-heading">
      <h3 id="login-log-heading">{t('accounts.loginLog')}</h3>
      <FormAlert message={log.error ? messagesOf(log.error).summary : ''} />
      <div className="desk-table-scroll" role="region" aria-labelledby="login-log-heading" tabIndex={0}>
        <table className="watch-table">
          <thead>
            <tr>
              <th scope="col">{t('accounts.when')}</th>
              <th scope="col">{t('accounts.email')}</th>
              <th scope="col">{t('accounts.outcome')}</th>
              <th scope="col">{t('accounts.address')}</th>
              <th scope="col">{t('accounts.userAgent')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>{logTime(event.at, i18n.language)}</td>
                <th scope="row">{event.email}</th>
                <td>{t(`accounts.outcomes.${event.outcome}`)}</td>
                <td>{event.address}</td>
                <td className="admin-log-agent">{event.userAgent ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {log.isSuccess && events.length === 0 && <p>{t('accounts.empty')}</p>}
      <LogPager nextBefore={log.data?.nextBefore ?? null} paged={before !== null} onPage={setBefore} />
    </section>
  )
}
