import {
  ASSESSMENT_CONDITION_LABELS,
  ASSESSMENT_CONDITIONS,
  ASSESSMENT_OCCUPANCIES,
  ASSESSMENT_OCCUPANCY_LABELS,
  ASSESSMENT_PRIORITIES,
  ASSESSMENT_PRIORITY_LABELS,
  ASSESSMENT_THREAT_LABELS,
  ASSESSMENT_THREATS,
  ASSESSMENT_TREND_LABELS,
  ASSESSMENT_TRENDS,
  type AssessmentCreateRequest,
  type AssessmentThreat,
} from '@heritage-watch/shared'
import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCreateAssessment } from '../../hooks/use-create-assessment.ts'
import { useLanguage } from '../../hooks/use-language.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import type { FeatureRef } from '../../lib/url-state.ts'
import { ChoiceField } from './choice-field.tsx'

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())

type Facts = Omit<Required<AssessmentCreateRequest>, 'feature'>

/**
 * Records a constat of `feature`: every field of the contract, threats as checkboxes, photos. One
 * Idempotency-Key per opened form, so that a retry never writes two constats.
 */
export function AssessmentForm({
  feature,
  proposal,
  onDone,
}: {
  feature: FeatureRef
  proposal: boolean
  onDone: () => void
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [key] = useState(() => crypto.randomUUID())
  const create = useCreateAssessment(key)
  const messagesOf = useProblemMessages()
  const [facts, setFacts] = useState<Facts>({
    visitedOn: today(),
    condition: 'moyen',
    trend: 'inconnue',
    occupancy: 'inconnu',
    priority: 'C',
    threats: [],
    note: '',
  })
  const [photos, setPhotos] = useState<File[]>([])
  const ids = { date: useId(), note: useId(), photos: useId(), threats: useId() }
  const set = <Key extends keyof Facts>(key: Key, value: Facts[Key]) =>
    setFacts((old) => ({ ...old, [key]: value }))
  const toggleThreat = (threat: AssessmentThreat, on: boolean) =>
    set('threats', on ? [...facts.threats, threat] : facts.threats.filter((other) => other !== threat))
  const problems = create.isError ? messagesOf(create.error) : undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate({ assessment: { feature, ...facts }, photos }, { onSuccess: onDone })
  }
  const label =
    <T extends string>(labels: Record<T, { fr: string; en: string }>) =>
    (value: T) =>
      labels[value][language]

  return (
    <form className="assessment-form" onSubmit={submit} aria-labelledby={`${ids.date}-heading`}>
      <h4 id={`${ids.date}-heading`}>{t('assessments.formHeading')}</h4>
      {proposal && <p className="form-hint">{t('assessments.proposeNote')}</p>}
      <div className="form-field">
        <label htmlFor={ids.date}>{t('assessments.visitDate')}</label>
        <input
          id={ids.date}
          type="date"
          required
          max={today()}
          value={facts.visitedOn}
          onChange={(event) => set('visitedOn', event.target.value)}
        />
        {problems?.fields.visitedOn && <p className="form-error">{problems.fields.visitedOn}</p>}
      </div>
      <ChoiceField
        label={t('assessments.condition')}
        values={ASSESSMENT_CONDITIONS}
        labelOf={label(ASSESSMENT_CONDITION_LABELS)}
        value={facts.condition}
        onChange={(value) => set('condition', value)}
      />
      <ChoiceField
        label={t('assessments.trend')}
        values={ASSESSMENT_TRENDS}
        labelOf={label(ASSESSMENT_TREND_LABELS)}
        value={facts.trend}
        onChange={(value) => set('trend', value)}
      />
      <ChoiceField
        label={t('assessments.occupancy')}
        values={ASSESSMENT_OCCUPANCIES}
        labelOf={label(ASSESSMENT_OCCUPANCY_LABELS)}
        value={facts.occupancy}
        onChange={(value) => set('occupancy', value)}
      />
      <ChoiceField
        label={t('assessments.priority')}
        values={ASSESSMENT_PRIORITIES}
        labelOf={label(ASSESSMENT_PRIORITY_LABELS)}
        value={facts.priority}
        onChange={(value) => set('priority', value)}
      />
      <fieldset className="form-field assessment-threats">
        <legend>{t('assessments.threats')}</legend>
        {ASSESSMENT_THREATS.map((threat) => (
          <label key={threat} className="checkbox-label">
            <input
              type="checkbox"
              checked={facts.threats.includes(threat)}
              onChange={(event) => toggleThreat(threat, event.target.checked)}
            />
            {ASSESSMENT_THREAT_LABELS[threat][language]}
          </label>
        ))}
      </fieldset>
      <div className="form-field">
        <label htmlFor={ids.note}>{t('assessments.note')}</label>
        <textarea
          id={ids.note}
          rows={3}
          maxLength={10_000}
          value={facts.note}
          onChange={(event) => set('note', event.target.value)}
        />
      </div>
      <div className="form-field">
        <label htmlFor={ids.photos}>{t('assessments.photoField')}</label>
        <input
          id={ids.photos}
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp"
          onChange={(event) => setPhotos([...(event.target.files ?? [])])}
        />
      </div>
      {problems && (
        <p className="form-alert" role="alert">
          {problems.summary}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={create.isPending}>
          {create.isPending ? t('assessments.submitting') : t('assessments.submit')}
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          {t('assessments.cancel')}
        </button>
      </div>
    </form>
  )
}
