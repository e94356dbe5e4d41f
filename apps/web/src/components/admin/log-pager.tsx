import { useTranslation } from 'react-i18next'

/** The buttons under a log: older lines (keyset paging), and back to the newest. */
export function LogPager(props: {
  nextBefore: number | null
  paged: boolean
  onPage: (before: number | null) => void
}) {
  const { t } = useTranslation()
  const { nextBefore, paged, onPage } = props
  return (
    <div className="admin-log-pager">
      {paged && (
        <button type="button" onClick={() => onPage(null)}>
          {t('accounts.newest')}
        </button>
      )}
      {nextBefore !== null && (
        <button type="button" onClick={() => onPage(nextBefore)}>
          {t('accounts.older')}
        </button>
      )}
    </div>
  )
}

/** A log time in the shown language, to the second. */
export const logTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso))
