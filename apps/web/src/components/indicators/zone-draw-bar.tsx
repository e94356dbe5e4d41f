import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorZone } from '../../hooks/use-indicator-zone.ts'
import { MIN_ZONE_VERTICES } from '../../lib/report-zone.ts'

/**
 * What stays on screen while the indicators' zone is drawn (the sheet steps aside so that the map can
 * be used): how to draw, the number of points (a live region: they are added out of the reader's
 * sight), and the buttons for keyboard users. It takes the focus as it opens and gives it back to the
 * sheet's "draw" button as it closes. Like the report's zone controls, a button that cannot act says so
 * with `aria-disabled`, which keeps the focus where it is.
 */
export function ZoneDrawBar({ zone }: { zone: IndicatorZone }) {
  const { t } = useTranslation()
  const bar = useRef<HTMLElement>(null)
  useEffect(() => {
    bar.current?.focus()
    return () => document.getElementById('indicators-draw')?.focus()
  }, [])
  const count = zone.zone.vertices.length
  return (
    <section
      ref={bar}
      tabIndex={-1}
      className="indicator-draw-bar"
      aria-labelledby="indicator-draw-title"
      aria-describedby="indicator-draw-hint"
    >
      <h2 id="indicator-draw-title">{t('indicators.draw.title')}</h2>
      <p id="indicator-draw-hint" className="form-hint">
        {t('indicators.draw.hint')}
      </p>
      <p role="status" className="report-zone-status">
        {count === 0 ? t('indicators.draw.empty') : t('indicators.draw.count', { count })}
      </p>
      {zone.refusal && (
        <p role="alert" className="form-error">
          {t(`indicators.draw.refused.${zone.refusal}`)}
        </p>
      )}
      <div className="report-zone-actions">
        <button type="button" onClick={zone.addCentre}>
          {t('indicators.draw.addCentre')}
        </button>
        <button
          type="button"
          onClick={() => zone.dispatch({ type: 'finish' })}
          aria-disabled={count < MIN_ZONE_VERTICES}
        >
          {t('indicators.draw.finish')}
        </button>
        <button type="button" onClick={() => zone.dispatch({ type: 'undo' })} aria-disabled={count === 0}>
          {t('indicators.draw.undo')}
        </button>
        <button type="button" onClick={zone.cancel}>
          {t('indicators.draw.cancel')}
        </button>
      </div>
    </section>
  )
}
