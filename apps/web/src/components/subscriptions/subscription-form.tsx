import {
  ALERT_CATEGORIES,
  ALERT_SEVERITIES,
  type SubscriptionFrequency,
  SUBSCRIPTION_FREQUENCIES,
} from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useCreateSubscription } from '../../hooks/use-create-subscription.ts'
import { useIndicatorAreas } from '../../hooks/use-indicator-areas.ts'
import { useLanguage } from '../../hooks/use-language.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { type TargetDraft, targetOf } from '../../lib/subscription-target.ts'
import { controlProps, FormAlert, FormField } from '../watch/form-field.tsx'

interface SubscriptionFormProps {
  /** What a record asked to follow, with its name; the form starts on it. */
  follow?: { value: string; label: string }
  /** Whether the "alerts awaiting triage" notice is offered (officers and admins). */
  mayTriage: boolean
  /** Told of a new webhook's secret, which is shown this once. */
  onCreated: (secret: string | null) => void
}

type Errors = { summary: string; target?: string; channel?: string; webhookUrl?: string }

/** The form that subscribes: what to follow, how often, by e-mail and/or webhook. */
export function SubscriptionForm({ follow, mayTriage, onCreated }: SubscriptionFormProps) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const language = useLanguage()
  const messagesOf = useProblemMessages()
  const areas = useIndicatorAreas()
  const create = useCreateSubscription()
  const [draft, setDraft] = useState<TargetDraft>({
    kind: follow ? 'follow' : 'commune',
    follow: follow?.value,
    code: '',
    category: 'demolition',
    severity: 'high',
  })
  const [frequency, setFrequency] = useState<SubscriptionFrequency>('daily')
  const [email, setEmail] = useState(true)
  const [webhookUrl, setWebhookUrl] = useState('')
  const [errors, setErrors] = useState<Errors>({ summary: '' })
  const kinds = [
    ...(follow ? (['follow'] as const) : []),
    ...(['commune', 'epci', 'category', 'severity'] as const),
    ...(mayTriage ? (['triage'] as const) : []),
  ]
  const areaChoices = draft.kind === 'epci' ? areas.data?.epcis : areas.data?.communes

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const target = targetOf(draft)
    const next: Errors = { summary: '' }
    if (!target) next.target = t('subscriptions.chooseArea')
    if (!email && !webhookUrl.trim()) next.channel = t('subscriptions.chooseChannel')
    if (next.target || next.channel) return setErrors(next)
    setErrors({ summary: '' })
    const body = { target: target!, frequency, email, language, webhookUrl: webhookUrl.trim() || undefined }
    create.mutate(body, {
      onSuccess: (created) => onCreated(created.webhookSecret),
      onError: (error) => {
        const messages = messagesOf(error)
        setErrors({ summary: messages.summary, webhookUrl: messages.fields.webhookUrl })
      },
    })
  }

  return (
    <form
      className="subscription-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="subscription-form-title"
    >
      <h3 id="subscription-form-title">{t('subscriptions.new')}</h3>
      <FormAlert message={errors.summary} />
      <FormField id="subscription-kind" label={t('subscriptions.follow')}>
        <select
          {...controlProps('subscription-kind')}
          value={draft.kind}
          onChange={(event) =>
            setDraft({ ...draft, kind: event.target.value as TargetDraft['kind'], code: '' })
          }
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kind === 'follow' ? follow!.label : t(`subscriptions.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </FormField>
      {(draft.kind === 'commune' || draft.kind === 'epci') && (
        <FormField
          id="subscription-area"
          label={t(`subscriptions.kinds.${draft.kind}`)}
          error={errors.target}
        >
          <select
            {...controlProps('subscription-area', errors.target)}
            value={draft.code}
            onChange={(event) => setDraft({ ...draft, code: event.target.value })}
          >
            <option value="">{t('subscriptions.choose')}</option>
            {areaChoices?.map((area) => (
              <option key={area.code} value={area.code}>
                {area.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      {draft.kind === 'category' && (
        <FormField id="subscription-category" label={t('subscriptions.kinds.category')}>
          <select
            {...controlProps('subscription-category')}
            value={draft.category}
            onChange={(event) =>
              setDraft({ ...draft, category: event.target.value as TargetDraft['category'] })
            }
          >
            {ALERT_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {labels.category(category)}
              </option>
            ))}
          </select>
        </FormField>
      )}
      {draft.kind === 'severity' && (
        <FormField id="subscription-severity" label={t('subscriptions.minimumSeverity')}>
          <select
            {...controlProps('subscription-severity')}
            value={draft.severity}
            onChange={(event) =>
              setDraft({ ...draft, severity: event.target.value as TargetDraft['severity'] })
            }
          >
            {ALERT_SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {labels.severity(severity)}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <fieldset className="subscription-choices">
        <legend>{t('subscriptions.frequency')}</legend>
        {SUBSCRIPTION_FREQUENCIES.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="subscription-frequency"
              value={value}
              checked={frequency === value}
              onChange={() => setFrequency(value)}
            />
            {t(`subscriptions.frequencies.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset
        className="subscription-choices"
        aria-describedby={errors.channel ? 'subscription-channel-error' : undefined}
      >
        <legend>{t('subscriptions.channels')}</legend>
        <label>
          <input type="checkbox" checked={email} onChange={(event) => setEmail(event.target.checked)} />
          {t('subscriptions.email')}
        </label>
        {errors.channel && (
          <p id="subscription-channel-error" className="form-error">
            {errors.channel}
          </p>
        )}
      </fieldset>
      <FormField
        id="subscription-webhook"
        label={t('subscriptions.webhook')}
        hint={t('subscriptions.webhookHint')}
        error={errors.webhookUrl}
      >
        <input
          {...controlProps('subscription-webhook', errors.webhookUrl, true)}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={webhookUrl}
          onChange={(event) => setWebhookUrl(event.target.value)}
        />
      </FormField>
      <button type="submit" className="primary-button" disabled={create.isPending}>
        {t('subscriptions.subscribe')}
      </button>
    </form>
  )
}
