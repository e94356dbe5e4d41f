import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { indicatorsCsvUrl } from '../../api/indicators-client.ts'
import { env } from '../../env.ts'
import { useIndicators } from '../../hooks/use-indicators.ts'
import type { IndicatorsRequest } from '../../lib/indicators-query.ts'
import { controlProps, FormField } from '../watch/form-field.tsx'
import { SheetFrame } from '../watch/sheet-frame.tsx'
import { AreaPicker } from './area-picker.tsx'
import { IndicatorSections } from './indicator-sections.tsx'
import './indicators.css'

/**
 * The shared indicators (issue #10 §5), open to everyone: an area and a period, then every figure as a
 * chart with its table, and the CSV of the same figures. Visitors see guarded figures ("< 3").
 */
export function IndicatorsSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const [request, setRequest] = useState<IndicatorsRequest>({ area: 'bassin', from: '', to: '' })
  const answer = useIndicators(request)
  const set = useCallback(
    (change: Partial<IndicatorsRequest>) => setRequest((current) => ({ ...current, ...change })),
    [],
  )
  const setArea = useCallback((area: string) => set({ area }), [set])
  const indicators = answer.data

  return (
    <SheetFrame id="indicators-sheet" title={t('indicators.title')} onClose={onClose}>
      <p className="indicator-intro">{t('indicators.intro')}</p>
      <form className="indicator-filters" onSubmit={(event) => event.preventDefault()}>
        <AreaPicker onChange={setArea} />
        <FormField id="indicators-from" label={t('indicators.from')}>
          <input
            {...controlProps('indicators-from')}
            type="date"
            value={request.from}
            max={request.to || undefined}
            onChange={(event) => set({ from: event.target.value })}
          />
        </FormField>
        <FormField id="indicators-to" label={t('indicators.to')}>
          <input
            {...controlProps('indicators-to')}
            type="date"
            value={request.to}
            min={request.from || undefined}
            onChange={(event) => set({ to: event.target.value })}
          />
        </FormField>
      </form>
      <p className="form-hint">{t('indicators.polygonNotDone')}</p>
      <p>
        <a href={indicatorsCsvUrl(request, env.apiBaseUrl)} download>
          {t('indicators.download')}
        </a>
      </p>
      {answer.isError && <p role="alert">{t('indicators.failed')}</p>}
      {!indicators && !answer.isError && <p role="status">{t('indicators.loading')}</p>}
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
  )
}
