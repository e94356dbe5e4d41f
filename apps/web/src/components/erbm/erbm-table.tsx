import type { ErbmCiteSummary, ErbmSortKey } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useErbmLabels } from '../../hooks/use-erbm-labels.ts'
import type { ErbmSort } from '../../lib/erbm-query.ts'

interface ErbmTableProps {
  cites: ErbmCiteSummary[]
  sort: ErbmSort
  onSort: (key: ErbmSortKey) => void
  onOpen: (id: string) => void
  /** While other lines (another filter or order) load: the lines shown are the previous ones. */
  busy: boolean
}

function SortHeader({
  label,
  column,
  sort,
  onSort,
}: { label: string; column: ErbmSortKey } & Pick<ErbmTableProps, 'sort' | 'onSort'>) {
  const active = sort.key === column
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  )
}

/** The cités as a table: sortable columns; the name opens the cité's follow-up. */
export function ErbmTable({ cites, sort, onSort, onOpen, busy }: ErbmTableProps) {
  const { t } = useTranslation()
  const labels = useErbmLabels()
  const header = (column: ErbmSortKey, label: string) => (
    <SortHeader label={label} column={column} sort={sort} onSort={onSort} />
  )
  const none = t('erbm.none')
  return (
    <div
      className="desk-table-scroll"
      role="region"
      aria-labelledby="erbm-table-caption"
      aria-busy={busy}
      tabIndex={0}
    >
      <table className="desk-table erbm-table">
        <caption id="erbm-table-caption" className="visually-hidden">
          {t('erbm.caption')}
        </caption>
        <thead>
          <tr>
            {header('nom', t('erbm.columns.cite'))}
            {header('commune', t('erbm.columns.communes'))}
            {header('priorite', t('erbm.columns.priority'))}
            {header('phase', t('erbm.columns.phase'))}
            {header('avis', t('erbm.columns.opinion'))}
            {header('score', t('erbm.columns.scores'))}
            {header('alertes', t('erbm.columns.alerts'))}
          </tr>
        </thead>
        <tbody>
          {cites.map((cite) => (
            <tr key={cite.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(cite.id)}>
                  {cite.nom ?? cite.id}
                </button>
              </th>
              <td>{cite.communes.join(', ')}</td>
              <td>{t(`erbm.priorityValues.${cite.priorite}`)}</td>
              <td>
                {cite.phase ? (
                  <>
                    {labels.phase(cite.phase.phase)}
                    <br />
                    <small>{t('erbm.since', { date: labels.date(cite.phase.startedOn) })}</small>
                  </>
                ) : (
                  none
                )}
              </td>
              <td>
                {cite.lastOpinion ? (
                  <>
                    <span className={`erbm-verdict erbm-verdict-${cite.lastOpinion.verdict}`}>
                      {labels.verdict(cite.lastOpinion.verdict)}
                    </span>
                    <br />
                    <small>
                      {labels.subject(cite.lastOpinion.subject)} · {labels.date(cite.lastOpinion.givenOn)}
                    </small>
                  </>
                ) : (
                  none
                )}
              </td>
              <td>
                {cite.scores ? (
                  <span title={t('erbm.scoresShort', cite.scores.values)}>
                    <strong>{cite.scores.mean.toLocaleString()}</strong>{' '}
                    <small>
                      ({cite.scores.values.habitabilite} · {cite.scores.values.facades} ·{' '}
                      {cite.scores.values.abords} · {cite.scores.values.patrimoine})
                    </small>
                  </span>
                ) : (
                  none
                )}
              </td>
              <td className="erbm-number">{cite.openAlerts ?? none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
