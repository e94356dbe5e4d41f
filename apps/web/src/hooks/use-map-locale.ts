import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** MapLibre's own texts (the map's accessible name, the zoom buttons), in the shown language. */
export function useMapLocale(): Record<string, string> {
  const { t } = useTranslation()
  return useMemo(
    () => ({
      'Map.Title': t('map.canvasLabel'),
      'NavigationControl.ZoomIn': t('map.zoomIn'),
      'NavigationControl.ZoomOut': t('map.zoomOut'),
      'NavigationControl.ResetBearing': t('map.resetBearing'),
    }),
    [t],
  )
}
