import { useTranslation } from 'react-i18next'
import type { PreviewState } from '../../hooks/use-alert-preview.ts'
import type { ReportDraft } from '../../hooks/use-watch-views.ts'

interface ReportPlaceProps {
  draft: ReportDraft
  preview: PreviewState
  error?: string
  onCentre: () => void
}

const COORDINATE = new Intl.NumberFormat('en', { minimumFractionDigits: 5, maximumFractionDigits: 5 })

/** Where the report is: the features it names, or the pin with a way to place it from the keyboard. */
export function ReportPlace({ draft, preview, error, onCentre }: ReportPlaceProps) {
  const { t } = useTranslation()
  const labels = preview.status === 'ready' ? preview.preview.features : []
  const labelOf = (collection: string, id: string) =>
    labels.find((feature) => feature.collection === collection && feature.id === id)?.label ??
    `${collection}/${id}`
  return (
    <fieldset className="report-place" aria-describedby={error ? 'report-place-error' : undefined}>
      <legend>{t('report.place')}</legend>
      {draft.features.length > 0 ? (
        <ul className="context-list">
          {draft.features.map((feature) => (
            <li key={`${feature.collection}/${feature.id}`}>{labelOf(feature.collection, feature.id)}</li>
          ))}
        </ul>
      ) : (
        <>
          <p className="form-hint">{t('report.pinHint')}</p>
          {draft.pin && (
            <p>
              {t('report.pinAt', {
                lat: COORDINATE.format(draft.pin[1]),
                lon: COORDINATE.format(draft.pin[0]),
              })}
            </p>
          )}
          <button type="button" onClick={onCentre}>
            {t('report.pinToCentre')}
          </button>
        </>
      )}
      {preview.status === 'loading' && (
        <p className="record-muted" role="status">
          {t('report.previewLoading')}
        </p>
      )}
      {error && (
        <p id="report-place-error" className="form-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
