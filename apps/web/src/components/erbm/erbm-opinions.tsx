import {
  ERBM_OPINION_SUBJECTS,
  ERBM_VERDICTS,
  type ErbmCiteDetail,
  type ErbmOpinionRequest,
} from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { postErbmOpinion } from '../../api/erbm-client.ts'
import { env } from '../../env.ts'
import { useErbmEdit } from '../../hooks/use-erbm-edit.ts'
import { useErbmLabels } from '../../hooks/use-erbm-labels.ts'
import { ErbmFormStatus, useIdempotencyKey } from './erbm-form-status.tsx'

const today = () => new Date().toISOString().slice(0, 10)
type Draft = Required<Pick<ErbmOpinionRequest, 'givenOn' | 'subject' | 'verdict' | 'text'>> & {
  dossierNumber: string
}
const emptyDraft = (): Draft => ({
  givenOn: today(),
  subject: 'cahier_des_charges',
  verdict: 'favorable',
  text: '',
  dossierNumber: '',
})

/** The Mission's opinions, newest first, with their attachments; staff add one (PDF or images attached). */
export function ErbmOpinions({
  citeId,
  opinions,
  editable,
}: {
  citeId: string
  opinions: ErbmCiteDetail['opinions']
  editable: boolean
}) {
  const { t } = useTranslation()
  const labels = useErbmLabels()
  const edit = useErbmEdit(postErbmOpinion)
  const [key, renewKey] = useIdempotencyKey()
  const [draft, setDraft] = useState(emptyDraft)
  const [files, setFiles] = useState<File[]>([])
  const set = (change: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...change }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body = { ...draft, dossierNumber: draft.dossierNumber.trim() || null }
    const parts = files.map((file) => ({ part: 'piece', file }))
    edit.mutate(
      { citeId, body, idempotencyKey: key, files: parts },
      {
        onSuccess: () => {
          renewKey()
          setDraft(emptyDraft())
          setFiles([])
        },
      },
    )
  }
  const id = (name: string) => `erbm-opinion-${citeId}-${name}`
  return (
    <section className="erbm-block" aria-labelledby={id('heading')}>
      <h3 id={id('heading')}>{t('erbm.opinions')}</h3>
      {opinions.length === 0 && <p className="record-muted">{t('erbm.noOpinion')}</p>}
      <ul className="erbm-list">
        {opinions.map((opinion) => (
          <li key={opinion.id}>
            <p>
              <span className={`erbm-verdict erbm-verdict-${opinion.verdict}`}>
                {labels.verdict(opinion.verdict)}
              </span>{' '}
              · {labels.subject(opinion.subject)} · {labels.date(opinion.givenOn)}
              {opinion.dossierNumber && ` · ${t('erbm.dossierNumberLabel')} ${opinion.dossierNumber}`}
            </p>
            {opinion.text && <p className="erbm-text">{opinion.text}</p>}
            {opinion.attachments.length > 0 && (
              <p>
                {opinion.attachments.map((file) => (
                  <a
                    key={file.id}
                    href={`${env.apiBaseUrl}${file.href}`}
                    target="_blank"
                    rel="noreferrer"
                    className="erbm-file"
                  >
                    {file.filename}
                  </a>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <details className="erbm-form">
          <summary>{t('erbm.addOpinion')}</summary>
          <form onSubmit={submit} className="erbm-form-grid" aria-label={t('erbm.addOpinion')}>
            <label>
              {t('erbm.givenOn')}
              <input
                id={id('date')}
                type="date"
                required
                value={draft.givenOn}
                onChange={(event) => set({ givenOn: event.target.value })}
              />
            </label>
            <label>
              {t('erbm.subject')}
              <select
                value={draft.subject}
                onChange={(event) => set({ subject: event.target.value as Draft['subject'] })}
              >
                {ERBM_OPINION_SUBJECTS.map((subject) => (
                  <option key={subject} value={subject}>
                    {labels.subject(subject)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('erbm.verdictOf')}
              <select
                value={draft.verdict}
                onChange={(event) => set({ verdict: event.target.value as Draft['verdict'] })}
              >
                {ERBM_VERDICTS.map((verdict) => (
                  <option key={verdict} value={verdict}>
                    {labels.verdict(verdict)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('erbm.dossierNumber')}
              <input
                inputMode="numeric"
                pattern="[0-9]{1,12}"
                value={draft.dossierNumber}
                onChange={(event) => set({ dossierNumber: event.target.value })}
              />
            </label>
            <label className="erbm-wide">
              {t('erbm.text')}
              <textarea
                rows={3}
                maxLength={10000}
                value={draft.text}
                onChange={(event) => set({ text: event.target.value })}
              />
            </label>
            <label className="erbm-wide">
              {t('erbm.attachments')}
              <input
                key={key}
                type="file"
                multiple
                accept="application/pdf,image/jpeg,image/png,image/webp"
                onChange={(event) => setFiles([...(event.target.files ?? [])])}
              />
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
