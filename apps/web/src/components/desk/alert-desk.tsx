import {
  type AlertFilter,
  type AlertStatus,
  DEFAULT_ALERT_SORT,
  EMPTY_ALERT_FILTER,
  type User,
} from '@heritage-watch/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { env } from '../../env.ts'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useAlertList } from '../../hooks/use-alert-list.ts'
import { useAlertStream } from '../../hooks/use-alert-stream.ts'
import { useAssignees } from '../../hooks/use-assignees.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { alertExportUrl, nextSort } from '../../lib/alert-query.ts'
import { canTriage } from '../../lib/permissions.ts'
import { SheetFrame } from '../watch/sheet-frame.tsx'
import { DeskBulkBar } from './desk-bulk-bar.tsx'
import { DeskFilters } from './desk-filters.tsx'
import { DeskTable } from './desk-table.tsx'

const PAGE_SIZE = 50

type DeskNotice = { kind: 'bulk'; count: number; status: AlertStatus } | { kind: 'live'; count: number }

interface AlertDeskProps {
  user: User
  openAlertId: string | null
  onOpenAlert: (id: string) => void
  onClose: () => void
}

/**
 * The officers' desk (a partner's list of its organisation's alerts): filters, a sortable table, bulk
 * status changes for officers, and CSV / GeoJSON exports of exactly what the filter shows. Live: the
 * alerts stream refreshes it, and alerts created meanwhile are highlighted and announced.
 */
export function AlertDesk({ user, openAlertId, onOpenAlert, onClose }: AlertDeskProps) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const triage = canTriage(user)
  const [filter, setFilter] = useState<AlertFilter>(EMPTY_ALERT_FILTER)
  const [sort, setSort] = useState(DEFAULT_ALERT_SORT)
  const [offset, setOffset] = useState(0)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  // What the desk says in its live region: a bulk change done, new alerts arrived. Kept as data, so
  // that it is said again in the other language when the language changes.
  const [notice, setNotice] = useState<DeskNotice | null>(null)
  // Alerts created since the desk opened (the live stream), highlighted until opened.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set())
  const labels = useAlertLabels()
  useAlertStream(true, (message) => {
    if (message.kind !== 'created') return
    const next = new Set(fresh).add(message.alertId)
    setFresh(next)
    setNotice({ kind: 'live', count: next.size })
  })
  const state = useAlertList(filter, sort, { limit: PAGE_SIZE, offset })
  // Without them the filter offers no assignee; nothing else depends on them.
  const assignees = useAssignees(triage).data ?? []

  const list = state.status === 'ready' ? state.list : state.status === 'loading' ? state.previous : undefined
  const alerts = list?.alerts ?? []
  const apply = (next: AlertFilter) => {
    setFilter(next)
    setOffset(0)
    setSelected(new Set())
  }
  // The bulk change moves what the page shows: a selection never spans pages.
  const turnPage = (next: number) => {
    setOffset(next)
    setSelected(new Set())
  }
  const open = (id: string) => {
    setFresh((previous) => {
      if (!previous.has(id)) return previous
      const next = new Set(previous)
      next.delete(id)
      return next
    })
    onOpenAlert(id)
  }
  const toggle = (id: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  return (
    <SheetFrame id="desk-sheet" title={triage ? t('watch.desk') : t('watch.myAlerts')} onClose={onClose}>
      <DeskFilters filter={filter} onApply={apply} assignees={triage ? assignees : undefined} />
      <div className="desk-toolbar">
        <p role="status" aria-live="polite">
          {state.status === 'error'
            ? messagesOf(state.error).summary
            : list
              ? t('desk.count', { count: list.numberMatched })
              : t('watch.loading')}
        </p>
        <p className="desk-exports">
          {t('desk.export')}{' '}
          <a href={alertExportUrl(env.apiBaseUrl, filter, sort, 'csv')} download>
            CSV
          </a>{' '}
          <a href={alertExportUrl(env.apiBaseUrl, filter, sort, 'geojson')} download>
            GeoJSON
          </a>
        </p>
      </div>
      <p className="desk-notice" role="status" aria-live="polite">
        {notice?.kind === 'bulk' &&
          t('deskUx.bulkDone', { count: notice.count, status: labels.status(notice.status) })}
        {notice?.kind === 'live' && t('deskUx.liveNew', { count: notice.count })}
      </p>
      {triage && selected.size > 0 && (
        <DeskBulkBar
          alerts={alerts.filter((alert) => selected.has(alert.id))}
          // The bulk change invalidates the lists itself (use-bulk-status-change.ts).
          onDone={({ count, status }) => {
            setSelected(new Set())
            setNotice({ kind: 'bulk', count, status })
          }}
        />
      )}
      {alerts.length > 0 ? (
        <DeskTable
          alerts={alerts}
          sort={sort}
          onSort={(key) => setSort(nextSort(sort, key))}
          openAlertId={openAlertId}
          onOpen={open}
          fresh={fresh}
          showAssignee={triage}
          selection={
            triage
              ? {
                  ids: selected,
                  onToggle: toggle,
                  onToggleAll: (on) => setSelected(on ? new Set(alerts.map((alert) => alert.id)) : new Set()),
                }
              : undefined
          }
        />
      ) : (
        list && <p className="record-muted">{t('desk.empty')}</p>
      )}
      {list && list.numberMatched > PAGE_SIZE && (
        <nav className="desk-pages" aria-label={t('desk.pages')}>
          <button
            type="button"
            disabled={offset === 0}
            onClick={() => turnPage(Math.max(0, offset - PAGE_SIZE))}
          >
            {t('desk.previous')}
          </button>
          <span>
            {t('desk.range', {
              first: offset + 1,
              last: offset + list.numberReturned,
              count: list.numberMatched,
            })}
          </span>
          <button
            type="button"
            disabled={offset + PAGE_SIZE >= list.numberMatched}
            onClick={() => turnPage(offset + PAGE_SIZE)}
          >
            {t('desk.next')}
          </button>
        </nav>
      )}
    </SheetFrame>
  )
}
