import { useTranslation } from 'react-i18next'
import { usePinAddress } from '../../hooks/use-pin-address.ts'
import type { LonLat } from '../../lib/report-zone.ts'

/**
 * The address nearest the report's pin, when the national address service gives one; "adresse
 * indisponible" otherwise, so that the report goes on with the coordinates alone.
 */
export function PinAddress({ pin }: { pin: LonLat }) {
  const { t } = useTranslation()
  const state = usePinAddress(pin)
  if (state.status === 'idle') return null
  return (
    <p className="pin-address" aria-live="polite">
      <span className="pin-address-label">{t('pinAddress.label')} </span>
      {state.status === 'loading' && <span className="record-muted">{t('pinAddress.loading')}</span>}
      {state.status === 'unavailable' && <span className="record-muted">{t('pinAddress.unavailable')}</span>}
      {state.status === 'ready' && (
        <>
          <span lang="fr">{state.address.label}</span>
          {state.address.distance !== null && (
            <span className="record-muted">
              {' '}
              ({t('pinAddress.distance', { distance: Math.round(state.address.distance) })})
            </span>
          )}
        </>
      )}
    </p>
  )
}
