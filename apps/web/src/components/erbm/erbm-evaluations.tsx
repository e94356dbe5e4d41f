import { ERBM_CRITERIA, type ErbmCiteDetail, type ErbmCriterion } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { postErbmEvaluation } from '../../api/erbm-client.ts'
import { env } from '../../env.ts'
import { useErbmEdit } from '../../hooks/use-erbm-edit.ts'
import { useErbmLabels } from '../../hooks/use-erbm-labels.ts'
import { ErbmFormStatus, useIdempotencyKey } from './erbm-form-status.tsx'

type PerCriterion<T> = Record<ErbmCriterion, T>
const each = <T,>(value: T) => Object.fromEntries(ERBM_CRITERIA.map((c) => [c, value])) as PerCriterion<T>
const today = () => new Date().toISOString().slice(0, 10)

/** The bilans qualitatifs (convention art. 2.2), newest first: four criteria scored 1–4; staff add one. */
export function ErbmEvaluations({
  citeId,
  evaluations,
  editable,
}: {
  citeId: string
  evaluations: ErbmCiteDetail['evaluations']
  editable: boolean
}) {
  const { t } = useTranslation()
  const labels = useErbmLabels()
  const edit = useErbmEdit(postErbmEvaluation)
  const [key, renewKey] = useIdempotencyKey()
  const [visitedOn, setVisitedOn] = useState(today)
  const [scores, setScores] = useState(() => each(3))
  const [comments, setComments] = useState(() => each(''))
  const [photos, setPhotos] = useState<File[]>([])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    edit.mutate(
      {
        citeId,
        body: { visitedOn, scores, comments },
        idempotencyKey: key,
        files: photos.map((file) => ({ part: 'photo', file })),
      },
      {
        onSuccess: () => {
          renewKey()
          setComments(each(''))
          setPhotos([])
        },
      },
    )
  }
  const heading = `erbm-evaluations-${citeId}`
  return (
    <section className="erbm-block" aria-labelledby={heading}>
      <h3 id={heading}>{t('erbm.evaluations')}</h3>
      {evaluations.length === 0 && <p className="record-muted">{t('erbm.noEvaluation')}</p>}
      {evaluations.map((evaluation) => (
        <article key={evaluation.id} className="erbm-evaluation">
          <p>
            <strong>{labels.date(evaluation.visitedOn)}</strong> ·{' '}
            {t('erbm.meanScore', { mean: evaluation.mean.toLocaleString() })}
          </p>
          <dl className="erbm-scores">
            {ERBM_CRITERIA.map((criterion) => (
              <div key={criterion}>
                <dt>{labels.criterion(criterion)}</dt>
                <dd>
                  {t('erbm.scoreOf', { score: evaluation.scores[criterion] })}
                  {evaluation.comments[criterion] && ` · ${evaluation.comments[criterion]}`}
                </dd>
              </div>
            ))}
          </dl>
          {evaluation.photos.length > 0 && (
            <p className="erbm-photos">
              {evaluation.photos.map((photo) => (
                <a key={photo.id} href={`${env.apiBaseUrl}${photo.href}`} target="_blank" rel="noreferrer">
                  <img
                    src={`${env.apiBaseUrl}${photo.href}`}
                    alt={photo.criterion ? labels.criterion(photo.criterion) : photo.filename}
                    loading="lazy"
                  />
                </a>
              ))}
            </p>
          )}
        </article>
      ))}
      {editable && (
        <details className="erbm-form">
          <summary>{t('erbm.addEvaluation')}</summary>
          <form onSubmit={submit} className="erbm-form-grid" aria-label={t('erbm.addEvaluation')}>
            <label>
              {t('erbm.visitedOn')}
              <input
                type="date"
                required
                value={visitedOn}
                onChange={(event) => setVisitedOn(event.target.value)}
              />
            </label>
            {ERBM_CRITERIA.map((criterion) => (
              <fieldset key={criterion} className="erbm-wide erbm-criterion">
                <legend>{labels.criterion(criterion)}</legend>
                <select
                  aria-label={labels.criterion(criterion)}
                  value={scores[criterion]}
                  onChange={(event) => setScores({ ...scores, [criterion]: Number(event.target.value) })}
                >
                  {[1, 2, 3, 4].map((score) => (
                    <option key={score} value={score}>
                      {t('erbm.scoreOf', { score })}
                    </option>
                  ))}
                </select>
                <input
                  aria-label={`${t('erbm.comment')} · ${labels.criterion(criterion)}`}
                  placeholder={t('erbm.comment')}
                  maxLength={5000}
                  value={comments[criterion]}
                  onChange={(event) => setComments({ ...comments, [criterion]: event.target.value })}
                />
              </fieldset>
            ))}
            <label className="erbm-wide">
              {t('erbm.photos')}
              <input
                key={key}
                type="file"
                multiple
                accept="image/jpeg,image/png,image/webp"
                onChange={(event) => setPhotos([...(event.target.files ?? [])])}
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
