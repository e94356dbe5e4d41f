import type { ErbmCiteDetail } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { postErbmDossier } from '../../api/erbm-client.ts'
import { useErbmEdit } from '../../hooks/use-erbm-edit.ts'
import { ErbmFormStatus, useIdempotencyKey } from './erbm-form-status.tsx'

/**
 * The funding dossiers filed on Démarches Simplifiées, with their links: the one an officer gave, or the
 * usual link built from the number (said so). Staff add one.
 */
export function ErbmDossiers({
  citeId,
  dossiers,
  editable,
}: {
  citeId: string
  dossiers: ErbmCiteDetail['dossiers']
  editable: boolean
}) {
  const { t } = useTranslation()
  const edit = useErbmEdit(postErbmDossier)
  const [key, renewKey] = useIdempotencyKey()
  const [number, setNumber] = useState('')
  const [url, setUrl] = useState('')
  const [label, setLabel] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body = { number: number.trim(), url: url.trim() || null, label: label.trim() || null }
    edit.mutate(
      { citeId, body, idempotencyKey: key },
      {
        onSuccess: () => {
          renewKey()
          setNumber('')
          setUrl('')
          setLabel('')
        },
      },
    )
  }
  const heading = `erbm-dossiers-${citeId}`
  return (
    <section className="erbm-block" aria-labelledby={heading}>
      <h3 id={heading}>{t('erbm.dossiers')}</h3>
      {dossiers.length === 0 && <p className="record-muted">{t('erbm.noDossier')}</p>}
      <ul className="erbm-list">
        {dossiers.map((dossier) => (
          <li key={dossier.number}>
            <a href={dossier.url} target="_blank" rel="noreferrer">
              {t('erbm.dossierNumberLabel')} {dossier.number}
            </a>
            {dossier.label && ` · ${dossier.label}`}
            {dossier.linkSource === 'built' && <small> ({t('erbm.dossierBuilt')})</small>}
          </li>
        ))}
      </ul>
      {editable && (
        <details className="erbm-form">
          <summary>{t('erbm.addDossier')}</summary>
          <form onSubmit={submit} className="erbm-form-grid" aria-label={t('erbm.addDossier')}>
            <label>
              {t('erbm.dossierNumberLabel')}
              <input
                required
                inputMode="numeric"
                pattern="[0-9]{1,12}"
                value={number}
                onChange={(event) => setNumber(event.target.value)}
              />
            </label>
            <label className="erbm-wide">
              {t('erbm.dossierUrl')}
              <input
                type="url"
                placeholder="https://"
                value={url}
                onChange={(event) => setUrl(event.target.value)}
              />
              <small>{t('erbm.dossierUrlHint')}</small>
            </label>
            <label className="erbm-wide">
              {t('erbm.dossierLabel')}
              <input maxLength={200} value={label} onChange={(event) => setLabel(event.target.value)} />
            </label>
            <p className="form-actions">
              <button type="submit" className="primary-button" disabled={edit.isPending}>
                {t('erbm.add')}
              </button>
            </p>
            <ErbmFormStatus error={edit.error} saved={edit.isSuccess} />
          </form>
        </details>
      )}
    </section>
  )
}
