import { useTranslation } from 'react-i18next'
import { MIN_ZONE_VERTICES, type ZoneAction, type ZoneState } from '../../lib/report-zone.ts'

interface ReportZoneControlsProps {
  zone: ZoneState
  dispatch: (action: ZoneAction) => void
  onAddCentre: () => void
}

/**
 * The zone of a report, from the form: how many points it has (a live region, since the points are
 * added on the map, out of the reader's sight), a point at the map's centre for keyboard users, finish,
 * undo the last point and clear. A button that cannot act says so with `aria-disabled` rather than
 * `disabled`, which would drop the keyboard focus when "finish" is pressed (the reducer ignores it).
 */
export function ReportZoneControls({ zone, dispatch, onAddCentre }: ReportZoneControlsProps) {
  const { t } = useTranslation()
  const count = zone.vertices.length
  const status =
    count === 0 ? t('report.zoneEmpty') : t(zone.closed ? 'report.zoneClosed' : 'report.zoneOpen', { count })
  return (
    <>
      <p className="form-hint">{t('report.zoneHint')}</p>
      <p role="status" className="report-zone-status">
        {status}
      </p>
      <div className="report-zone-actions">
        <button type="button" onClick={onAddCentre} aria-disabled={zone.closed}>
          {t('report.zoneAddCentre')}
        </button>
        <button
          type="button"
          onClick={() => dispatch({ type: 'finish' })}
          aria-disabled={zone.closed || count < MIN_ZONE_VERTICES}
        >
          {t('report.zoneFinish')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'undo' })} aria-disabled={count === 0}>
          {t('report.zoneUndo')}
        </button>
        <button
          type="button"
          aria-label={t('report.zoneClearLabel')}
          onClick={() => dispatch({ type: 'clear' })}
          aria-disabled={count === 0}
        >
          {t('report.zoneClear')}
        </button>
      </div>
    </>
  )
}
