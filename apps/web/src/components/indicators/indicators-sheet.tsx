import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/api-error.ts'
import { indicatorsCsvUrl } from '../../api/indicators-client.ts'
import { env } from '../../env.ts'
import { useIndicatorZone } from '../../hooks/use-indicator-zone.ts'
import { useIndicators } from '../../hooks/use-indicators.ts'
import type { IndicatorsRequest } from '../../lib/indicators-query.ts'
import { controlProps, FormField } from '../watch/form-field.tsx'
import { SheetFrame } from '../watch/sheet-frame.tsx'
import { AreaPicker } from './area-picker.tsx'
import { IndicatorSections } from './indicator-sections.tsx'
import { ZoneDrawBar } from './zone-draw-bar.tsx'
import './indicators.css'

/**
 * The shared indicators (issue #10 §5), open to everyone: an area (a zone drawn on the map too) and a
 * period, then every figure as a chart with its table, and the CSV of the same figures. Visitors see
 * guarded figures ("< 3"). While the zone is drawn the sheet is hidden, not closed, so that its choices
 * stay; once drawn, on a wide screen, the sheet leaves the zone on the map in sight beside it.
 */
export function IndicatorsSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const [area, setArea] = useState<string | null>('bassin')
  const [period, setPeriod] = useState({ from: '', to: '' })
  const zone = useIndicatorZone()
  // The drawn zone's kind asks nothing until a zone is finished.
  const request: IndicatorsRequest | null =
    area === null || (area === 'polygone' && !zone.polygon)
      ? null
      : { area, ...period, ...(area === 'polygone' && zone.polygon ? { polygon: zone.polygon } : {}) }
  const answer = useIndicators(request)
  const set = useCallback(
    (change: Partial<typeof period>) => setPeriod((current) => ({ ...current, ...change })),
    [],
  )
  const indicators = request ? answer.data : undefined
  // A drawn zone the API refuses (outside the basin, invalid for PostGIS): said so, not as a failure.
  const zoneProblem =
    answer.error instanceof ApiError && answer.error.status === 400
      ? answer.error.problem?.['invalid-params']?.find((parameter) => parameter.name === 'polygon')
      : undefined

  return (
    <>
      {zone.drawing && <ZoneDrawBar zone={zone} />}
      <div hidden={zone.drawing} className={request?.polygon ? 'indicator-sheet-beside' : undefined}>
        <SheetFrame id="indicators-sheet" title={t('indicators.title')} onClose={onClose}>
          <p className="indicator-intro">{t('indicators.intro')}</p>
          <form className="indicator-filters" onSubmit={(event) => event.preventDefault()}>
            <AreaPicker onChange={setArea} zone={zone} />
            <FormField id="indicators-from" label={t('indicators.from')}>
              <input
                {...controlProps('indicators-from')}
                type="date"
                value={period.from}
                max={period.to || undefined}
                onChange={(event) => set({ from: event.target.value })}
              />
            </FormField>
            <FormField id="indicators-to" label={t('indicators.to')}>
              <input
                {...controlProps('indicators-to')}
                type="date"
                value={period.to}
                min={period.from || undefined}
                onChange={(event) => set({ to: event.target.value })}
              />
            </FormField>
          </form>
          {request && (
            <p>
              <a href={indicatorsCsvUrl(request, env.apiBaseUrl)} download>
                {t('indicators.download')}
              </a>
            </p>
          )}
          {request && answer.isError && (
            <p role="alert">
              {zoneProblem?.code === 'geometry_outside_bassin'
                ? t('indicators.zoneOutside')
                : zoneProblem
                  ? t('indicators.zoneInvalid')
                  : t('indicators.failed')}
            </p>
          )}
          {request && !indicators && !answer.isError && <p role="status">{t('indicators.loading')}</p>}
          {indicators && (
            <div aria-busy={answer.isFetching} aria-live="polite">
              <h3 className="indicator-area-name">{indicators.area.label}</h3>
              {!indicators.detail && (
                <p className="indicator-notice">{t('indicators.guarded', { min: indicators.minCount })}</p>
              )}
              <IndicatorSections indicators={indicators} />
            </div>
          )}
        </SheetFrame>
      </div>
    </>
  )
}
