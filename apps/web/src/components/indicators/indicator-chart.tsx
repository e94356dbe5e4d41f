import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'

/** One bar: its label, its count (null when withheld, shown as "< 3"). */
export interface ChartBar {
  key: string
  label: string
  value: number | null
}

interface IndicatorChartProps {
  title: string
  bars: ChartBar[]
  minCount: number
  /** Columns (a time series) instead of horizontal bars. */
  columns?: boolean
}

// @observablehq/plot is loaded with the first chart, in a chunk of its own.
const loadPlot = () => import('@observablehq/plot')

/**
 * A bar chart drawn by Observable Plot, with the same figures as a table under a <details>, so that
 * screen readers and keyboards get every number. A withheld figure is drawn as no bar and written "< 3".
 */
export function IndicatorChart({ title, bars, minCount, columns = false }: IndicatorChartProps) {
  const { t } = useTranslation()
  const container = useRef<HTMLDivElement>(null)
  const headingId = useId()
  const shown = (value: number | null) => (value === null ? t('indicators.hidden', { min: minCount }) : value)

  useEffect(() => {
    let cancelled = false
    const target = container.current
    void loadPlot().then((Plot) => {
      if (cancelled || !target) return
      const data = bars.map((bar) => ({
        label: bar.label,
        value: bar.value ?? 0,
        text: String(shown(bar.value)),
      }))
      const width = Math.max(280, Math.min(target.clientWidth || 600, 720))
      // Whole counts from 0; all-zero (or all-withheld) figures still get an axis, not full-width bars.
      const top = Math.max(1, ...data.map((bar) => bar.value))
      const scale = { domain: [0, top], ticks: Math.min(5, top), tickFormat: 'd', grid: true, label: null }
      const chart = columns
        ? Plot.plot({
            width,
            height: 220,
            marginBottom: 50,
            x: { label: null, tickRotate: -45, domain: data.map((bar) => bar.label) },
            y: scale,
            marks: [Plot.barY(data, { x: 'label', y: 'value', fill: 'currentColor' }), Plot.ruleY([0])],
          })
        : Plot.plot({
            width,
            height: 30 + data.length * 26,
            marginLeft: Math.min(width * 0.45, 12 + Math.max(...data.map((bar) => bar.label.length)) * 6.5),
            marginRight: 30,
            x: scale,
            y: { label: null, domain: data.map((bar) => bar.label) },
            marks: [
              Plot.barX(data, { y: 'label', x: 'value', fill: 'currentColor' }),
              Plot.text(data, { y: 'label', x: 'value', text: 'text', dx: 4, textAnchor: 'start' }),
              Plot.ruleX([0]),
            ],
          })
      // The chart is one image named below; Plot's own labels on its groups would be prohibited there.
      for (const labelled of chart.querySelectorAll('[aria-label], [aria-description]')) {
        labelled.removeAttribute('aria-label')
        labelled.removeAttribute('aria-description')
      }
      chart.setAttribute('role', 'img')
      chart.setAttribute('aria-label', t('indicators.chartLabel', { title }))
      target.replaceChildren(chart)
    })
    return () => {
      cancelled = true
    }
    // `shown` and `t` follow the language, which `bars` labels already do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bars, columns, title])

  return (
    <figure className="indicator-chart" aria-labelledby={headingId}>
      <figcaption id={headingId} className="indicator-chart-title">
        {title}
      </figcaption>
      <div ref={container} className="indicator-chart-plot" />
      <details className="indicator-table">
        <summary>{t('indicators.showTable')}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.category')}</th>
              <th scope="col">{t('indicators.count')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td>{shown(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
