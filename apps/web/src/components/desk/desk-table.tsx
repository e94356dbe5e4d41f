import type { AlertSort, AlertSortKey, AlertSummary } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'

interface DeskTableProps {
  alerts: AlertSummary[]
  sort: AlertSort
  onSort: (key: AlertSortKey) => void
  openAlertId: string | null
  onOpen: (id: string) => void
  /** Row selection for bulk changes; absent for partners, who do not triage. */
  selection?: {
    ids: ReadonlySet<string>
    onToggle: (id: string, on: boolean) => void
    onToggleAll: (on: boolean) => void
  }
  /** Whether the assignee column is shown. */
  showAssignee: boolean
  /** Alerts that arrived live since the desk opened: highlighted and marked "Nouvelle". */
  fresh?: ReadonlySet<string>
}

/** A header cell that sorts its column, saying the current order to screen readers (aria-sort). */
function SortHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string
  column: AlertSortKey
  sort: AlertSort
  onSort: (key: AlertSortKey) => void
}) {
  const active = sort.key === column
  const order = active ? (sort.descending ? 'descending' : 'ascending') : 'none'
  return (
    <th scope="col" aria-sort={order}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  )
}

/** The alerts as a table: sortable columns, a checkbox per row for bulk changes, the title opens the record. */
export function DeskTable({
  alerts,
  sort,
  onSort,
  openAlertId,
  onOpen,
  selection,
  showAssignee,
  fresh,
}: DeskTableProps) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const allSelected =
    selection !== undefined && alerts.length > 0 && alerts.every((alert) => selection.ids.has(alert.id))
  const header = (column: AlertSortKey, label: string) => (
    <SortHeader label={label} column={column} sort={sort} onSort={onSort} />
  )
  return (
    <div className="desk-table-scroll" role="region" aria-labelledby="desk-table-caption" tabIndex={0}>
      <table className="desk-table">
        <caption id="desk-table-caption" className="visually-hidden">
          {t('desk.caption')}
        </caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('desk.selectPage')}
                  checked={allSelected}
                  onChange={(event) => selection.onToggleAll(event.target.checked)}
                />
              </th>
            )}
            {header('title', t('fields.title'))}
            {header('status', t('fields.status'))}
            {header('severity', t('fields.severity'))}
            <th scope="col">{t('fields.category')}</th>
            {header('observedOn', t('fields.observedOn'))}
            <th scope="col">{t('context.communes')}</th>
            {showAssignee && <th scope="col">{t('fields.assignee')}</th>}
            {header('updatedAt', t('desk.updated'))}
          </tr>
        </thead>
        <tbody>
          {alerts.map((alert) => (
            <tr
              key={alert.id}
              aria-current={alert.id === openAlertId ? 'true' : undefined}
              className={fresh?.has(alert.id) ? 'desk-row-fresh' : undefined}
            >
              {selection && (
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('desk.selectRow', { reference: alert.reference })}
                    checked={selection.ids.has(alert.id)}
                    onChange={(event) => selection.onToggle(alert.id, event.target.checked)}
                  />
                </td>
              )}
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(alert.id)}>
                  <span className="desk-reference">{alert.reference}</span> {alert.title}
                </button>
                {fresh?.has(alert.id) && <span className="desk-fresh-badge">{t('deskUx.newBadge')}</span>}
              </th>
              <td>
                <span className={`status-badge status-${alert.status}`}>{labels.status(alert.status)}</span>
              </td>
              <td>
                <span className={`severity-badge severity-${alert.severity}`}>
                  {labels.severity(alert.severity)}
                </span>
              </td>
              <td>{labels.category(alert.category)}</td>
              <td>{labels.date(alert.observedOn)}</td>
              <td>{alert.communes.join(', ')}</td>
              {showAssignee && <td>{alert.assignee?.displayName ?? t('alert.nobody')}</td>}
              <td>{labels.dateTime(alert.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
