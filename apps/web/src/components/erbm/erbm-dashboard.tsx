import type { User } from '@heritage-watch/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { env } from '../../env.ts'
import { useErbmCites } from '../../hooks/use-erbm-cites.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { DEFAULT_ERBM_SORT, EMPTY_ERBM_FILTER, erbmCsvUrl, nextErbmSort } from '../../lib/erbm-query.ts'
import '../../styles/erbm.css'
import { SheetFrame } from '../watch/sheet-frame.tsx'
import { ErbmFilters } from './erbm-filters.tsx'
import { ErbmFollowUp } from './erbm-follow-up.tsx'
import { ErbmTable } from './erbm-table.tsx'

/**
 * "Tableau de bord ERBM" (issue #10 §3): the cités of the ERBM layer with their phase, last opinion,
 * scores and open alerts; filters, sort, CSV. A cité opens its follow-up in the same sheet, where staff
 * edit it.
 */
export function ErbmDashboard({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const [filter, setFilter] = useState(EMPTY_ERBM_FILTER)
  const [sort, setSort] = useState(DEFAULT_ERBM_SORT)
  const [openCite, setOpenCite] = useState<string | null>(null)
  const query = useErbmCites(filter, sort)
  const list = query.data

  return (
    <SheetFrame id="erbm-sheet" title={t('erbm.title')} onClose={onClose}>
      {openCite ? (
        <ErbmFollowUp citeId={openCite} user={user} onBack={() => setOpenCite(null)} />
      ) : (
        <>
          <p className="erbm-intro">{t('erbm.intro')}</p>
          <ErbmFilters filter={filter} onApply={setFilter} />
          <div className="desk-toolbar">
            <p role="status" aria-live="polite">
              {query.isError
                ? messagesOf(query.error).summary
                : list
                  ? t('erbm.count', { count: list.numberMatched })
                  : t('erbm.loading')}
            </p>
            <p className="desk-exports">
              <a href={erbmCsvUrl(env.apiBaseUrl, filter, sort)} download>
                {t('erbm.download')}
              </a>
            </p>
          </div>
          {list && !list.priorities.loaded && (
            <p className="erbm-notice">
              {t('erbm.prioritiesUnknown')} <code>{list.priorities.command}</code>
            </p>
          )}
          {list?.priorities.source && (
            <p className="record-muted">{t('erbm.prioritiesSource', { source: list.priorities.source })}</p>
          )}
          {list && list.cites.length > 0 && (
            <ErbmTable
              cites={list.cites}
              sort={sort}
              onSort={(key) => setSort(nextErbmSort(sort, key))}
              onOpen={setOpenCite}
              busy={query.isFetching}
            />
          )}
          {list && list.cites.length === 0 && <p className="record-muted">{t('erbm.empty')}</p>}
        </>
      )}
    </SheetFrame>
  )
}
