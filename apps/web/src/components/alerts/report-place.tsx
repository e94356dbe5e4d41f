import { useTranslation } from 'react-i18next'
import type { PreviewState } from '../../hooks/use-alert-preview.ts'
import { useFeatureLabeler } from '../../hooks/use-feature-labeler.ts'
import type { PlaceMode, ReportPlaceState } from '../../hooks/use-report-place.ts'
import type { ReportDraft } from '../../hooks/use-watch-views.ts'
import { PinAddress } from './pin-address.tsx'
import { ReportZoneControls } from './report-zone-controls.tsx'

interface ReportPlaceProps {
  draft: ReportDraft
  place: ReportPlaceState
  preview: PreviewState
  error?: string
  /** Puts the pin, or adds a zone vertex, at the map's centre (the keyboard way). */
  onCentre: () => void
}

const COORDINATE = new Intl.NumberFormat('en', { minimumFractionDigits: 5, maximumFractionDigits: 5 })
const MODES: PlaceMode[] = ['pin', 'zone']
const MODE_LABELS = { pin: 'report.modePin', zone: 'report.modeZone' } as const

/**
 * Where the report is: the features it names, or a place on the map, as a pin or a drawn zone, with a
 * way to place either from the keyboard.
 */
export function ReportPlace({ draft, place, preview, error, onCentre }: ReportPlaceProps) {
  const { t } = useTranslation()
  const labeler = useFeatureLabeler()
  const labels = preview.status === 'ready' ? preview.preview.features : []
  // The API's label once the preview is there; until then the shared rule with what is known: the id.
  const labelOf = (collection: string, id: string) =>
    labels.find((feature) => feature.collection === collection && feature.id === id)?.label ??
    labeler(collection, id, {})
  return (
    <fieldset className="report-place" aria-describedby={error ? 'report-place-error' : undefined}>
      <legend>{t('report.place')}</legend>
      {place.mode === null ? (
        <ul className="context-list">
          {draft.features.map((feature) => (
            <li key={`${feature.collection}/${feature.id}`}>{labelOf(feature.collection, feature.id)}</li>
          ))}
        </ul>
      ) : (
        <>
          <fieldset className="report-mode">
            <legend>{t('report.placeMode')}</legend>
            {MODES.map((mode) => (
              <label key={mode}>
                <input
                  type="radio"
                  name="report-place-mode"
                  value={mode}
                  checked={place.mode === mode}
                  onChange={() => place.setMode(mode)}
                />{' '}
                {t(MODE_LABELS[mode])}
              </label>
            ))}
          </fieldset>
          {place.mode === 'zone' ? (
            <ReportZoneControls zone={place.zone} dispatch={place.dispatchZone} onAddCentre={onCentre} />
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
              {draft.pin && <PinAddress pin={draft.pin} />}
              <button type="button" onClick={onCentre}>
                {t('report.pinToCentre')}
              </button>
            </>
          )}
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
