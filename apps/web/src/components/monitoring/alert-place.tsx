import type { Alert, Geometry } from '@heritage-watch/shared'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertMiniMap } from '../../hooks/use-alert-mini-map.ts'
import { useMap } from '../../hooks/use-map.ts'
import { useZoomTo } from '../../hooks/use-zoom-to.ts'
import { geometryBoundingBox } from '../../lib/geometry-bbox.ts'

/**
 * Where an alert is (issue #10 §1): a small map of its geometry and "Voir sur la carte", which moves the
 * main map to it and leaves the record open.
 */
export function AlertPlace({ alert, drawn }: { alert: Alert; drawn: boolean }) {
  const { t } = useTranslation()
  const container = useRef<HTMLDivElement>(null)
  const geometry = alert.geometry as Geometry | null
  const box = geometryBoundingBox(geometry)
  const mainMap = useMap()
  useAlertMiniMap(container, mainMap, geometry, alert.severity)
  const zoomTo = useZoomTo(mainMap)
  if (!box) return null
  const isPin = geometry?.type === 'Point'
  const description = drawn
    ? t(isPin ? 'monitoring.place.pin' : 'monitoring.place.zone')
    : t('monitoring.place.features')

  return (
    <section className="record-section" aria-labelledby="alert-place-heading">
      <h3 id="alert-place-heading">{t('monitoring.place.heading')}</h3>
      <div ref={container} className="alert-mini-map" role="img" aria-label={description} />
      <button type="button" onClick={() => zoomTo(box)}>
        {t('monitoring.place.showOnMap')}
      </button>
    </section>
  )
}
