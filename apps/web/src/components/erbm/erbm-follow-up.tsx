import { actorOf, can, type User } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useErbmCite } from '../../hooks/use-erbm-cite.ts'
import { useErbmLabels } from '../../hooks/use-erbm-labels.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { ErbmDossiers } from './erbm-dossiers.tsx'
import { ErbmEvaluations } from './erbm-evaluations.tsx'
import { ErbmFollowupForm } from './erbm-followup-form.tsx'
import { ErbmOpinions } from './erbm-opinions.tsx'
import { ErbmPhases } from './erbm-phases.tsx'

interface ErbmFollowUpProps {
  citeId: string
  user: User
  /** Back to the dashboard's table; absent in the record panel. */
  onBack?: () => void
}

/**
 * One cité's ERBM follow-up: landlord and dwellings, phases, opinions, dossiers, bilans and the history.
 * Staff (policy `erbm:edit`) get the forms to change them; every account reads them.
 */
export function ErbmFollowUp({ citeId, user, onBack }: ErbmFollowUpProps) {
  const { t } = useTranslation()
  const labels = useErbmLabels()
  const messagesOf = useProblemMessages()
  const query = useErbmCite(citeId)
  const editable = can(actorOf(user), 'erbm:edit')
  const detail = query.data
  const back = onBack && (
    <button type="button" className="link-button erbm-back" onClick={onBack}>
      ← {t('erbm.back')}
    </button>
  )
  if (!detail)
    return (
      <div className="erbm-follow-up">
        {back}
        <p role="status">{query.isError ? messagesOf(query.error).summary : t('erbm.loading')}</p>
      </div>
    )
  const { cite } = detail
  return (
    <div className="erbm-follow-up">
      {back}
      {onBack && <h3 className="erbm-cite-name">{cite.nom ?? cite.id}</h3>}
      <dl className="erbm-facts">
        <div>
          <dt>{t('erbm.columns.communes')}</dt>
          <dd>{cite.communes.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('erbm.priority')}</dt>
          <dd>{t(`erbm.priorityValues.${cite.priorite}`)}</dd>
        </div>
        <div>
          <dt>{t('erbm.bailleur')}</dt>
          <dd>{cite.bailleur ?? t('erbm.unknown')}</dd>
        </div>
        <div>
          <dt>{t('erbm.logements')}</dt>
          <dd>{cite.logements ?? t('erbm.unknown')}</dd>
        </div>
        <div>
          <dt>{t('erbm.columns.alerts')}</dt>
          <dd>{cite.openAlerts ?? t('erbm.none')}</dd>
        </div>
      </dl>
      {editable && (
        <ErbmFollowupForm
          key={detail.followup?.updatedAt ?? 'none'}
          citeId={citeId}
          followup={detail.followup}
        />
      )}
      <ErbmPhases
        citeId={citeId}
        phases={detail.phases}
        current={cite.phase?.phase ?? null}
        editable={editable}
      />
      <ErbmOpinions citeId={citeId} opinions={detail.opinions} editable={editable} />
      <ErbmDossiers citeId={citeId} dossiers={detail.dossiers} editable={editable} />
      <ErbmEvaluations citeId={citeId} evaluations={detail.evaluations} editable={editable} />
      {detail.events.length > 0 && (
        <details className="erbm-block">
          <summary>{t('erbm.history')}</summary>
          <ol className="erbm-list">
            {detail.events.map((event) => (
              <li key={event.id}>
                {labels.date(event.at.slice(0, 10))} · {t(`erbm.eventKinds.${event.kind}`)}
                {event.author && ` ${t('erbm.by', { name: event.author.displayName })}`}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  )
}
