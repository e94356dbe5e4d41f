import type { ErbmCiteDetail } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { putErbmFollowup } from '../../api/erbm-client.ts'
import { useErbmEdit } from '../../hooks/use-erbm-edit.ts'
import { ErbmFormStatus } from './erbm-form-status.tsx'

/** Staff set the cité's social landlord and number of dwellings (empty: not known). */
export function ErbmFollowupForm({
  citeId,
  followup,
}: {
  citeId: string
  followup: ErbmCiteDetail['followup']
}) {
  const { t } = useTranslation()
  const edit = useErbmEdit(putErbmFollowup)
  const [bailleur, setBailleur] = useState(followup?.bailleur ?? '')
  const [logements, setLogements] = useState(followup?.logements?.toString() ?? '')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const count = logements.trim() === '' ? null : Number(logements)
    edit.mutate({ citeId, body: { bailleur: bailleur.trim() || null, logements: count } })
  }
  return (
    <details className="erbm-form">
      <summary>{t('erbm.editFollowup')}</summary>
      <form onSubmit={submit} className="erbm-form-grid" aria-label={t('erbm.editFollowup')}>
        <label>
          {t('erbm.bailleur')}
          <input maxLength={200} value={bailleur} onChange={(event) => setBailleur(event.target.value)} />
        </label>
        <label>
          {t('erbm.logements')}
          <input
            type="number"
            min={0}
            max={100000}
            step={1}
            value={logements}
            onChange={(event) => setLogements(event.target.value)}
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
  )
}
