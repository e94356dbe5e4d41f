import type { Alert } from '@heritage-watch/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { photoUrl } from '../../api/alerts-client.ts'
import { env } from '../../env.ts'
import { useAlertChange } from '../../hooks/use-alert-change.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { localDate, validateReport } from '../../lib/report-validation.ts'
import { FormAlert } from '../watch/form-field.tsx'

/** The alert's photos as thumbnails that open the full image, and a way to add more. */
export function AlertPhotos({ alert }: { alert: Alert }) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const upload = useAlertChange('photos', alert.id)
  const [message, setMessage] = useState('')
  const busy = upload.isPending

  const add = (files: File[]) => {
    if (files.length === 0) return
    // The form's own photo rules, checked on a report that is otherwise complete.
    const problem = validateReport(
      {
        category: 'autre',
        severity: 'low',
        title: 'x',
        description: 'x',
        observedOn: localDate(),
        photos: files,
      },
      localDate(),
    ).photo
    if (problem) {
      setMessage(t(`reportErrors.${problem}`))
      return
    }
    setMessage('')
    upload.mutate(files, {
      onError: (error) => {
        const messages = messagesOf(error)
        setMessage([messages.summary, ...Object.values(messages.fields)].join(' '))
      },
    })
  }

  return (
    <section className="record-section" aria-labelledby="alert-photos-heading">
      <h3 id="alert-photos-heading">{t('alert.photos', { count: alert.photos.length })}</h3>
      {alert.photos.length > 0 && (
        <ul className="alert-photos">
          {alert.photos.map((photo) => (
            <li key={photo.id}>
              <a href={photoUrl(env.apiBaseUrl, photo.href)} target="_blank" rel="noreferrer">
                <img
                  src={photoUrl(env.apiBaseUrl, photo.href)}
                  alt={t('alert.photoAlt', { name: photo.filename })}
                />
              </a>
            </li>
          ))}
        </ul>
      )}
      <FormAlert message={message} />
      <label className="file-button">
        {busy ? t('alert.addingPhotos') : t('alert.addPhotos')}
        <input
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp"
          disabled={busy}
          onChange={(event) => {
            add(Array.from(event.target.files ?? []))
            event.target.value = ''
          }}
        />
      </label>
    </section>
  )
}
