import { useTranslation } from 'react-i18next'

/** Says, politely and in the shown language, that a service did not answer and the map fell back. */
export function BasemapNotice({ name, onDismiss }: { name: string; onDismiss: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="map-notice basemap-notice" role="status">
      <p>{t('basemap.failed', { name })}</p>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('basemap.dismiss')}
      </button>
    </div>
  )
}
