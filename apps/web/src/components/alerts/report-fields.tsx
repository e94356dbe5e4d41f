import {
  ALERT_CATEGORIES,
  ALERT_PHOTO_MEDIA_TYPES,
  ALERT_SEVERITIES,
  type AlertCategory,
  type AlertSeverity,
} from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import type { ReportValues } from '../../lib/report-validation.ts'
import { controlProps, FormField } from '../watch/form-field.tsx'

interface ReportFieldsProps {
  values: ReportValues
  photos: File[]
  errors: Record<string, string>
  onChange: (change: Partial<ReportValues>) => void
  onPhotos: (photos: File[]) => void
  /** The edit form leaves out the photos (they are added one by one to a stored alert). */
  withPhotos?: boolean
  idPrefix?: string
}

/** Category, severity, title, description, observed date and photos, each labelled with its error. */
export function ReportFields({
  values,
  photos,
  errors,
  onChange,
  onPhotos,
  withPhotos = true,
  idPrefix = 'report',
}: ReportFieldsProps) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const id = (field: string) => `${idPrefix}-${field}`
  return (
    <>
      <FormField id={id('category')} label={t('fields.category')} error={errors.category}>
        <select
          {...controlProps(id('category'), errors.category)}
          required
          value={values.category}
          onChange={(event) => onChange({ category: event.target.value })}
        >
          <option value="">{t('report.choose')}</option>
          {ALERT_CATEGORIES.map((category: AlertCategory) => (
            <option key={category} value={category}>
              {labels.category(category)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={id('severity')} label={t('fields.severity')} error={errors.severity}>
        <select
          {...controlProps(id('severity'), errors.severity)}
          required
          value={values.severity}
          onChange={(event) => onChange({ severity: event.target.value })}
        >
          <option value="">{t('report.choose')}</option>
          {ALERT_SEVERITIES.map((severity: AlertSeverity) => (
            <option key={severity} value={severity}>
              {labels.severity(severity)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={id('title')} label={t('fields.title')} error={errors.title}>
        <input
          {...controlProps(id('title'), errors.title)}
          required
          maxLength={200}
          value={values.title}
          onChange={(event) => onChange({ title: event.target.value })}
        />
      </FormField>
      <FormField id={id('description')} label={t('fields.description')} error={errors.description}>
        <textarea
          {...controlProps(id('description'), errors.description)}
          required
          rows={4}
          value={values.description}
          onChange={(event) => onChange({ description: event.target.value })}
        />
      </FormField>
      <FormField id={id('observedOn')} label={t('fields.observedOn')} error={errors.observedOn}>
        <input
          {...controlProps(id('observedOn'), errors.observedOn)}
          type="date"
          required
          value={values.observedOn}
          onChange={(event) => onChange({ observedOn: event.target.value })}
        />
      </FormField>
      {withPhotos && (
        <FormField
          id={id('photo')}
          label={t('fields.photo')}
          error={errors.photo}
          hint={t('report.photoHint')}
        >
          <input
            {...controlProps(id('photo'), errors.photo, true)}
            type="file"
            multiple
            accept={ALERT_PHOTO_MEDIA_TYPES.join(',')}
            onChange={(event) => {
              onPhotos([...photos, ...Array.from(event.target.files ?? [])])
              event.target.value = ''
            }}
          />
          {photos.length > 0 && (
            <ul className="photo-choices">
              {photos.map((photo, index) => (
                <li key={`${photo.name}-${index}`}>
                  {photo.name}{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onPhotos(photos.filter((_, other) => other !== index))}
                  >
                    {t('report.removePhoto', { name: photo.name })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </FormField>
      )}
    </>
  )
}
