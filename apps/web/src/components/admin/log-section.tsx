import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { FormAlert } from '../watch/form-field.tsx'
import { LogPager } from './log-pager.tsx'

/** What a log section needs of its query: its error, whether it answered, and the next page's key. */
interface LogQuery {
  error: unknown
  isSuccess: boolean
  data?: { nextBefore: number | null; events: unknown[] }
}

/**
 * The frame both admin logs share: heading, error, a scrolling table with `headers` over the `rows`, an
 * empty message and the pager.
 */
export function LogSection(props: {
  id: string
  title: string
  headers: string[]
  log: LogQuery
  paged: boolean
  onPage: (before: number | null) => void
  children: ReactNode
}) {
  const { id, title, headers, log, paged, onPage, children } = props
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const heading = `${id}-heading`
  return (
    <section className="admin-section" aria-labelledby={heading}>
      <h3 id={heading}>{title}</h3>
      <FormAlert message={log.error ? messagesOf(log.error).summary : ''} />
      <div className="desk-table-scroll" role="region" aria-labelledby={heading} tabIndex={0}>
        <table className="watch-table">
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
      {log.isSuccess && (log.data?.events.length ?? 0) === 0 && <p>{t('accounts.empty')}</p>}
      <LogPager nextBefore={log.data?.nextBefore ?? null} paged={paged} onPage={onPage} />
    </section>
  )
}
