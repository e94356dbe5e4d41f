import type { AlertPreviewRequest } from '@heritage-watch/shared'
import { type Dispatch, useMemo, useReducer, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EMPTY_ZONE, type ZoneAction, zoneGeometry, zoneReducer, type ZoneState } from '../lib/report-zone.ts'
import { useMap } from './use-map.ts'
import { type LonLat, usePinMarker } from './use-pin-marker.ts'
import { useReportZone } from './use-report-zone.ts'
import type { ReportDraft } from './use-watch-views.ts'

/** How a place is reported: a pin, or a zone drawn vertex by vertex. */
export type PlaceMode = 'pin' | 'zone'

export interface ReportPlaceState {
  /** Null when the report names features (from their record): no place is drawn then. */
  mode: PlaceMode | null
  setMode: (mode: PlaceMode) => void
  zone: ZoneState
  dispatchZone: Dispatch<ZoneAction>
  /** What the preview and the report send: the features, the pin, the finished zone, or null. */
  place: AlertPreviewRequest | null
}

/**
 * Where a report is, for the report form: its features, or a place drawn on the map as a pin (the
 * draft's, moved by the map or the form) or as a zone (held here, drawn by use-report-zone). Both are
 * kept while the user switches between them; only the chosen one is on the map and sent.
 */
export function useReportPlace(draft: ReportDraft, onMovePin: (pin: LonLat) => void): ReportPlaceState {
  const { t } = useTranslation()
  const map = useMap()
  const [chosen, setMode] = useState<PlaceMode>('pin')
  const [zone, dispatchZone] = useReducer(zoneReducer, EMPTY_ZONE)
  const mode = draft.features.length > 0 ? null : chosen
  usePinMarker(map, mode === 'pin' ? draft.pin : null, t('watch.pinLabel'), onMovePin)
  useReportZone(map, mode === 'zone', zone, dispatchZone)

  const place = useMemo((): AlertPreviewRequest | null => {
    if (mode === null) return { features: draft.features, geometry: null }
    if (mode === 'zone') {
      const geometry = zoneGeometry(zone)
      return geometry ? { features: [], geometry } : null
    }
    return draft.pin ? { features: [], geometry: { type: 'Point', coordinates: draft.pin } } : null
  }, [mode, draft, zone])

  return { mode, setMode, zone, dispatchZone, place }
}
