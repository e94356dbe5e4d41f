import {
  ALERT_CATEGORIES,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
  type AlertFilter,
  type AlertPerson,
  type AlertStatus,
  COLLECTIONS,
  EMPTY_ALERT_FILTER,
} from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useLanguage } from '../../hooks/use-language.ts'
import { WIDE_SCREEN } from '../../hooks/use-media-query.ts'

interface DeskFiltersProps {
  filter: AlertFilter
  onApply: (filter: AlertFilter) => void
  /** Officers filter on the assignee; partners do not triage. */
  assignees?: AlertPerson[]
}

/** The desk's filters: statuses, severity, category, commune, layer, observed dates, assignee, text. */
export function DeskFilters({ filter, onApply, assignees }: DeskFiltersProps) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const language = useLanguage()
  const [draft, setDraft] = useState(filter)
  // Open at first on a wide screen; on a phone the table comes first and the filters on demand.
  const [open, setOpen] = useState(() => window.matchMedia(WIDE_SCREEN).matches)
  const set = (change: Partial<AlertFilter>) => setDraft((previous) => ({ ...previous, ...change }))
  const toggleStatus = (status: AlertStatus, on: boolean) =>
    set({ statuses: on ? [...draft.statuses, status] : draft.statuses.filter((other) => other !== status) })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply(draft)
  }

  return (
    <details className="desk-filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('desk.filters')}</summary>
      <form onSubmit={submit} aria-label={t('desk.filters')}>
        <fieldset className="desk-statuses">
          <legend>{t('fields.status')}</legend>
          {ALERT_STATUSES.map((status) => (
            <label key={status} className="checkbox-label">
              <input
                type="checkbox"
                checked={draft.statuses.includes(status)}
                onChange={(event) => toggleStatus(status, event.target.checked)}
              />
              {labels.status(status)}
            </label>
          ))}
        </fieldset>
        <div className="desk-filter-grid">
          <label>
            {t('fields.severity')}
            <select value={draft.severity} onChange={(event) => set({ severity: event.target.value })}>
              <option value="">{t('desk.any')}</option>
              {ALERT_SEVERITIES.map((severity) => (
                <option key={severity} value={severity}>
                  {labels.severity(severity)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('fields.category')}
            <select value={draft.category} onChange={(event) => set({ category: event.target.value })}>
              <option value="">{t('desk.any')}</option>
              {ALERT_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {labels.category(category)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('desk.layer')}
            <select value={draft.collection} onChange={(event) => set({ collection: event.target.value })}>
              <option value="">{t('desk.any')}</option>
              {COLLECTIONS.map((collection) => (
                <option key={collection.id} value={collection.id}>
                  {collection.title[language]}
                </option>
              ))}
            </select>
          </label>
          {assignees && (
            <label>
              {t('fields.assignee')}
              <select value={draft.assignee} onChange={(event) => set({ assignee: event.target.value })}>
                <option value="">{t('desk.any')}</option>
                <option value="me">{t('desk.me')}</option>
                <option value="none">{t('alert.nobody')}</option>
                {assignees.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.displayName}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t('desk.commune')}
            <input
              value={draft.commune}
              aria-describedby="desk-commune-hint"
              onChange={(event) => set({ commune: event.target.value })}
            />
            <span id="desk-commune-hint" className="form-hint">
              {t('deskUx.communeHint')}
            </span>
          </label>
          <label>
            {t('desk.from')}
            <input type="date" value={draft.from} onChange={(event) => set({ from: event.target.value })} />
          </label>
          <label>
            {t('desk.to')}
            <input type="date" value={draft.to} onChange={(event) => set({ to: event.target.value })} />
          </label>
          <label>
            {t('desk.text')}
            <input type="search" value={draft.q} onChange={(event) => set({ q: event.target.value })} />
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary-button">
            {t('desk.apply')}
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(EMPTY_ALERT_FILTER)
              onApply(EMPTY_ALERT_FILTER)
            }}
          >
            {t('desk.reset')}
          </button>
        </div>
      </form>
    </details>
  )
}
