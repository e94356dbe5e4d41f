import type { AccountSnapshot } from '@heritage-watch/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActionLog } from '../../hooks/use-action-log.ts'
import { type AccountField, changedFields } from '../../lib/account-change.ts'
import { logTime } from './log-pager.tsx'
import { LogSection } from './log-section.tsx'

/** The admin log: who did what to which account, with the fields before and after, newest first. */
export function ActionLogSection({ organisationName }: { organisationName: (id: string) => string }) {
  const { t, i18n } = useTranslation()
  const [before, setBefore] = useState<number | null>(null)
  const log = useActionLog(before)
  const events = log.data?.events ?? []
  const shown = (field: AccountField, value: AccountSnapshot[AccountField] | undefined): string => {
    if (value === undefined || value === null || value === '') return t('accounts.none')
    if (field === 'disabled') return value ? t('accounts.inactive') : t('accounts.active')
    if (field === 'role') return t(`auth.roles.${value as 'admin'}`)
    if (field === 'organisationId') return organisationName(String(value))
    return String(value)
  }
  return (
    <LogSection
      id="action-log"
      title={t('accounts.actionLog')}
      headers={[
        t('accounts.when'),
        t('accounts.who'),
        t('accounts.action'),
        t('accounts.target'),
        t('accounts.change'),
      ]}
      log={log}
      paged={before !== null}
      onPage={setBefore}
    >
      {events.map((event) => (
        <tr key={event.id}>
          <td>{logTime(event.at, i18n.language)}</td>
          <td>{event.actorEmail}</td>
          <th scope="row">{t(`accounts.actions.${event.action}`)}</th>
          <td>{event.targetEmail}</td>
          <td>
            {event.action === 'user-updated' && (
              <ul className="admin-log-changes">
                {changedFields(event.before, event.after).map((change) => (
                  <li key={change.field}>
                    {t('accounts.fieldChange', {
                      field: t(`accounts.fieldNames.${change.field}`),
                      before: shown(change.field, change.before),
                      after: shown(change.field, change.after),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </LogSection>
  )
}
