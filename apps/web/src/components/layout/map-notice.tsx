import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** Says, over the map, that some layers could not be loaded from the API; the user may dismiss it. */
export function MapNotice({ failedSources }: { failedSources: number }) {
  const { t } = useTranslation()
  const [dismissed, setDismissed] = useState(false)
  if (failedSources === 0 || dismissed) return null
  return (
    <div className="map-notice" role="status">
      <p>{t('map.dataError', { count: failedSources })}</p>
      <button type="button" className="link-button" onClick={() => setDismissed(true)}>
        {t('map.dismiss')}
      </button>
    </div>
  )
}
