import { ERBM_PHASES, type ErbmCiteDetail, type ErbmPhase } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { putErbmPhase } from '../../api/erbm-client.ts'
import { useErbmEdit } from '../../hooks/use-erbm-edit.ts'
import { useErbmLabels } from '../../hooks/use-erbm-labels.ts'
import { ErbmFormStatus } from './erbm-form-status.tsx'

interface ErbmPhasesProps {
  citeId: string
  phases: ErbmCiteDetail['phases']
  current: ErbmPhase | null
  editable: boolean
}

/** The programme's phases with their dates; staff date a phase (a PUT: sending it again changes nothing). */
export function ErbmPhases({ citeId, phases, current, editable }: ErbmPhasesProps) {
  const { t } = useTranslation()
  const labels = useErbmLabels()
  const edit = useErbmEdit(putErbmPhase)
  const [phase, setPhase] = useState<ErbmPhase>(current ?? 'etudes')
  const recorded = phases.find((row) => row.phase === phase)
  const [startedOn, setStartedOn] = useState(recorded?.startedOn ?? '')
  const [endedOn, setEndedOn] = useState(recorded?.endedOn ?? '')
  const choose = (next: ErbmPhase) => {
    const row = phases.find((candidate) => candidate.phase === next)
    setPhase(next)
    setStartedOn(row?.startedOn ?? '')
    setEndedOn(row?.endedOn ?? '')
    edit.reset()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    edit.mutate({ citeId, phase, body: { startedOn: startedOn || null, endedOn: endedOn || null } })
  }
  const none = t('erbm.none')
  return (
    <section className="erbm-block" aria-labelledby={`erbm-phases-${citeId}`}>
      <h3 id={`erbm-phases-${citeId}`}>{t('erbm.phases')}</h3>
      <table className="watch-table erbm-phases">
        <thead>
          <tr>
            <th scope="col">{t('erbm.phase')}</th>
            <th scope="col">{t('erbm.startedOn')}</th>
            <th scope="col">{t('erbm.endedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {phases.map((row) => (
            <tr key={row.phase} aria-current={row.phase === current ? 'step' : undefined}>
              <th scope="row">{labels.phase(row.phase)}</th>
              <td>{row.startedOn ? labels.date(row.startedOn) : none}</td>
              <td>{row.endedOn ? labels.date(row.endedOn) : none}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <details className="erbm-form">
          <summary>{t('erbm.editPhase')}</summary>
          <form onSubmit={submit} className="erbm-form-grid" aria-label={t('erbm.editPhase')}>
            <label>
              {t('erbm.phase')}
              <select value={phase} onChange={(event) => choose(event.target.value as ErbmPhase)}>
                {ERBM_PHASES.map((value) => (
                  <option key={value} value={value}>
                    {labels.phase(value)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('erbm.startedOn')}
              <input type="date" value={startedOn} onChange={(event) => setStartedOn(event.target.value)} />
            </label>
            <label>
              {t('erbm.endedOn')}
              <input
                type="date"
                value={endedOn}
                min={startedOn || undefined}
                onChange={(event) => setEndedOn(event.target.value)}
              />
            </label>
            <p className="form-actions">
              <button type="submit" className="primary-button" disabled={edit.isPending}>
                {t('erbm.save')}
              </button>
            </p>
            <ErbmFormStatus error={edit.error} saved={edit.isSuccess} />
          </form>
        </details>
      )}
    </section>
  )
}
