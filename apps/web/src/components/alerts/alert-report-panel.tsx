import type { Alert, User } from '@heritage-watch/shared'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertPreview } from '../../hooks/use-alert-preview.ts'
import { useCreateAlert } from '../../hooks/use-create-alert.ts'
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts'
import type { LonLat } from '../../hooks/use-pin-marker.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useReportPlace } from '../../hooks/use-report-place.ts'
import type { ReportDraft } from '../../hooks/use-watch-views.ts'
import { randomUuid } from '../../lib/random-uuid.ts'
import { localDate, type ReportValues, validateReport } from '../../lib/report-validation.ts'
import { SidePanel } from '../layout/side-panel.tsx'
import { FormAlert } from '../watch/form-field.tsx'
import { AlertContextView } from './alert-context-view.tsx'
import { AlertDuplicates } from './alert-duplicates.tsx'
import { ReportFields } from './report-fields.tsx'
import { ReportPlace } from './report-place.tsx'

interface AlertReportPanelProps {
  user: User
  draft: ReportDraft
  mapCentre: () => LonLat | null
  onMovePin: (pin: LonLat) => void
  onClose: () => void
  onCreated: (alert: Alert) => void
}

/** The errors left once the user has changed some fields: a corrected field stops saying it is wrong. */
const withoutFields = (errors: Record<string, string>, fields: string[]) =>
  Object.fromEntries(Object.entries(errors).filter(([field]) => !fields.includes(field)))

/**
 * "Signaler": the report form beside the map, for features (from their record) or a place on the map,
 * a pin or a drawn zone (use-report-place.ts). It shows what PostGIS finds at the place (context) and
 * the open alerts nearby before it is sent; errors are named beside their field in the user's language.
 * One Idempotency-Key per opened form, reused on a retry, so that a second click or a lost answer never
 * makes two alerts.
 */
export function AlertReportPanel({
  user,
  draft,
  mapCentre,
  onMovePin,
  onClose,
  onCreated,
}: AlertReportPanelProps) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const heading = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(heading)
  const [idempotencyKey] = useState(randomUuid)
  const create = useCreateAlert(idempotencyKey)
  const [values, setValues] = useState<ReportValues>(() => ({
    category: '',
    severity: '',
    title: '',
    description: '',
    observedOn: localDate(),
    photos: [],
  }))
  const [photos, setPhotos] = useState<File[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [summary, setSummary] = useState('')

  const placeState = useReportPlace(draft, onMovePin)
  const { place } = placeState
  const preview = useAlertPreview(place)
  const previewMessages = preview.status === 'error' ? messagesOf(preview.error) : undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = validateReport({ ...values, photos }, localDate())
    const translated = Object.fromEntries(
      Object.entries(found).map(([field, error]) => [field, t(`reportErrors.${error}`)]),
    )
    if (!place)
      translated.geometry = t(placeState.mode === 'zone' ? 'reportErrors.noZone' : 'reportErrors.noPlace')
    setErrors(translated)
    if (Object.keys(translated).length > 0) {
      setSummary(t('reportErrors.summary', { count: Object.keys(translated).length }))
      return
    }
    setSummary('')
    const alert = {
      ...(place ?? { features: [], geometry: null }),
      category: values.category as never,
      severity: values.severity as never,
      title: values.title.trim(),
      description: values.description.trim(),
      observedOn: values.observedOn,
    }
    create.mutate(
      { alert, photos },
      {
        onSuccess: (alert) => onCreated(alert),
        onError: (error) => {
          const messages = messagesOf(error)
          setErrors(messages.fields)
          setSummary(messages.summary)
        },
      },
    )
  }

  return (
    <SidePanel
      id="report-panel"
      headingId="report-heading"
      title={t('report.heading')}
      className="record-panel report-panel"
      onClose={onClose}
      headingRef={heading}
    >
      <form onSubmit={submit} noValidate aria-describedby="report-intro">
        <p id="report-intro" className="record-muted">
          {user.organisation
            ? t('report.forOrganisation', { name: user.organisation.name })
            : t('report.intro')}
        </p>
        <FormAlert message={summary} />
        <ReportPlace
          draft={draft}
          place={placeState}
          preview={preview}
          error={
            errors.geometry ?? errors.features ?? previewMessages?.fields.geometry ?? previewMessages?.summary
          }
          onCentre={() => {
            const centre = mapCentre()
            if (!centre) return
            if (placeState.mode === 'zone') placeState.dispatchZone({ type: 'add', vertex: centre })
            else onMovePin(centre)
          }}
        />
        {preview.status === 'ready' && (
          <>
            <AlertContextView context={preview.preview.context} headingId="report-context-heading" />
            <AlertDuplicates
              duplicates={preview.preview.duplicates}
              headingId="report-duplicates-heading"
              before
            />
          </>
        )}
        <ReportFields
          values={values}
          photos={photos}
          errors={errors}
          onChange={(change) => {
            setValues((previous) => ({ ...previous, ...change }))
            setErrors((previous) => withoutFields(previous, Object.keys(change)))
          }}
          onPhotos={(chosen) => {
            setPhotos(chosen)
            setErrors((previous) => withoutFields(previous, ['photo']))
          }}
        />
        <div className="form-actions">
          <button type="submit" className="primary-button" disabled={create.isPending || create.isSuccess}>
            {create.isPending ? t('report.sending') : t('report.submit')}
          </button>
          <button type="button" onClick={onClose}>
            {t('report.cancel')}
          </button>
        </div>
      </form>
    </SidePanel>
  )
}
