import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLoginLog } from '../../hooks/use-login-log.ts'
import { logTime } from './log-pager.tsx'
import { LogSection } from './log-section.tsx'

/** The login log: successes, failures and lockouts, with address and browser, newest first. */
export function LoginLogSection() {
  const { t, i18n } = useTranslation()
  const [before, setBefore] = useState<number | null>(null)
  const log = useLoginLog(before)
  const events = log.data?.events ?? []
  return (
    <LogSection
      id="login-log"
      title={t('accounts.loginLog')}
      headers={[
        t('accounts.when'),
        t('accounts.email'),
        t('accounts.outcome'),
        t('accounts.address'),
        t('accounts.userAgent'),
      ]}
      log={log}
      paged={before !== null}
      onPage={setBefore}
    >
      {events.map((event) => (
        <tr key={event.id}>
          <td>{logTime(event.at, i18n.language)}</td>
          <th scope="row">{event.email}</th>
          <td>{t(`accounts.outcomes.${event.outcome}`)}</td>
          <td>{event.address}</td>
          <td className="admin-log-agent">{event.userAgent ?? '—'}</td>
        </tr>
      ))}
    </LogSection>
  )
}
