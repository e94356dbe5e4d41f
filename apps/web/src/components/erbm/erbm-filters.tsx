import { ERBM_PHASES, ERBM_VERDICTS } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useErbmLabels } from '../../hooks/use-erbm-labels.ts'
import { WIDE_SCREEN } from '../../hooks/use-media-query.ts'
import { EMPTY_ERBM_FILTER, type ErbmFilter } from '../../lib/erbm-query.ts'

/** The dashboard's filters: phase, priority flag, last verdict, commune and words of the name. */
export function ErbmFilters({
  filter,
  onApply,
}: {
  filter: ErbmFilter
  onApply: (filter: ErbmFilter) => void
}) {
  const { t } = useTranslation()
  const labels = useErbmLabels()
  const [draft, setDraft] = useState(filter)
  // Open at first on a wide screen; on a phone the table comes first and the filters on demand.
  const [open, setOpen] = useState(() => window.matchMedia(WIDE_SCREEN).matches)
  const set = (change: Partial<ErbmFilter>) => setDraft((previous) => ({ ...previous, ...change }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply(draft)
  }
  return (
    <details className="desk-filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('erbm.filters')}</summary>
      <form onSubmit={submit} aria-label={t('erbm.filters')}>
        <div className="desk-filter-grid">
          <label>
            {t('erbm.phase')}
            <select
              value={draft.phase}
              onChange={(event) => set({ phase: event.target.value as ErbmFilter['phase'] })}
            >
              <option value="">{t('erbm.any')}</option>
              {ERBM_PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {labels.phase(phase)}
                </option>
              ))}
              <option value="aucune">{t('erbm.noPhase')}</option>
            </select>
          </label>
          <label>
            {t('erbm.priority')}
            <select
              value={draft.priorite}
              onChange={(event) => set({ priorite: event.target.value as ErbmFilter['priorite'] })}
            >
              <option value="">{t('erbm.any')}</option>
              {(['oui', 'non', 'inconnue'] as const).map((value) => (
                <option key={value} value={value}>
                  {t(`erbm.priorityValues.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('erbm.verdict')}
            <select
              value={draft.verdict}
              onChange={(event) => set({ verdict: event.target.value as ErbmFilter['verdict'] })}
            >
              <option value="">{t('erbm.any')}</option>
              {ERBM_VERDICTS.map((verdict) => (
                <option key={verdict} value={verdict}>
                  {labels.verdict(verdict)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('erbm.commune')}
            <input
              value={draft.commune}
              maxLength={100}
              onChange={(event) => set({ commune: event.target.value })}
            />
          </label>
          <label>
            {t('erbm.search')}
            <input
              type="search"
              value={draft.q}
              maxLength={100}
              onChange={(event) => set({ q: event.target.value })}
            />
          </label>
        </div>
        <p className="form-actions">
          <button type="submit" className="primary-button">
            {t('erbm.apply')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setDraft(EMPTY_ERBM_FILTER)
              onApply(EMPTY_ERBM_FILTER)
            }}
          >
            {t('erbm.reset')}
          </button>
        </p>
      </form>
    </details>
  )
}
