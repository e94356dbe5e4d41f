import type { Alert, AlertEditRequest } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertChange } from '../../hooks/use-alert-change.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { localDate, type ReportValues, validateReport } from '../../lib/report-validation.ts'
import { FormAlert } from '../watch/form-field.tsx'
import { ReportFields } from './report-fields.tsx'

const EDITABLE = ['category', 'severity', 'title', 'description', 'observedOn'] as const

/** Changes category, severity, title, description or observed date; only the changed fields are sent. */
export function AlertEditForm({
  alert,
  onSaved,
  onCancel,
}: {
  alert: Alert
  /** The change was saved (the cached record already holds it). */
  onSaved: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const save = useAlertChange('edit', alert.id)
  const [values, setValues] = useState<ReportValues>({ ...alert, photos: [] })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [summary, setSummary] = useState('')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = validateReport(values, localDate())
    setErrors(
      Object.fromEntries(Object.entries(found).map(([field, error]) => [field, t(`reportErrors.${error}`)])),
    )
    if (Object.keys(found).length > 0) return
    const change: Record<string, string> = {}
    for (const field of EDITABLE)
      if (values[field].trim() !== alert[field]) change[field] = values[field].trim()
    if (Object.keys(change).length === 0) {
      onCancel()
      return
    }
    save.mutate(change as AlertEditRequest, {
      onSuccess: () => onSaved(),
      onError: (error) => {
        const messages = messagesOf(error)
        setErrors(messages.fields)
        setSummary(messages.summary)
      },
    })
  }

  return (
    <form className="alert-actions" onSubmit={submit} noValidate aria-labelledby="alert-edit-heading">
      <h3 id="alert-edit-heading">{t('alert.editHeading')}</h3>
      <FormAlert message={summary} />
      <ReportFields
        values={values}
        photos={[]}
        errors={errors}
        onChange={(change) => setValues((previous) => ({ ...previous, ...change }))}
        onPhotos={() => undefined}
        withPhotos={false}
        idPrefix="edit"
      />
      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={save.isPending}>
          {t('alert.saveEdit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('report.cancel')}
        </button>
      </div>
    </form>
  )
}
