import type { Indicators } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../hooks/use-language.ts'
import { IndicatorChart } from './indicator-chart.tsx'
import { barsOf, LABELS } from './indicator-labels.ts'
import { DelayTable, ScoresTable, SitesTable } from './indicator-tables.tsx'

/** Every figure of GET /indicators, section by section, each chart with its table. */
export function IndicatorSections({ indicators }: { indicators: Indicators }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { alerts, assessments, erbm, minCount } = indicators
  const hidden = t('indicators.hidden', { min: minCount })
  const value = (count: number | null) => (count === null ? hidden : String(count))
  const zone = (key: string) => t(`indicators.zones.${key as 'bien'}`)
  const chart = (title: string, bars: ReturnType<typeof barsOf>, columns = false) => (
    <IndicatorChart title={title} bars={bars} minCount={minCount} columns={columns} />
  )
  return (
    <>
      <section className="indicator-section" aria-labelledby="indicators-alerts">
        <h3 id="indicators-alerts">{t('indicators.sections.alerts')}</h3>
        <p className="indicator-total">
          {t('indicators.figures.total', { value: value(alerts.total.count) })}
        </p>
        <div className="indicator-grid">
          {chart(t('indicators.figures.byStatus'), barsOf(alerts.byStatus, language, LABELS.status))}
          {chart(t('indicators.figures.bySeverity'), barsOf(alerts.bySeverity, language, LABELS.severity))}
          {chart(t('indicators.figures.byCategory'), barsOf(alerts.byCategory, language, LABELS.category))}
          {chart(t('indicators.figures.byZone'), barsOf(alerts.byZone, language, {}, zone))}
        </div>
        {chart(t('indicators.figures.byMonth'), barsOf(alerts.byMonth, language), true)}
      </section>
      <section className="indicator-section" aria-labelledby="indicators-responses">
        <h3 id="indicators-responses">{t('indicators.sections.responses')}</h3>
        <p className="form-hint">{t('indicators.figures.delayHelp')}</p>
        <DelayTable first={alerts.firstResponse} resolution={alerts.resolution} hidden={hidden} />
      </section>
      <section className="indicator-section" aria-labelledby="indicators-assessments">
        <h3 id="indicators-assessments">{t('indicators.sections.assessments')}</h3>
        <p className="indicator-total">
          {t('indicators.figures.assessmentsTotal', {
            value: value(assessments.total.count),
            features: value(assessments.features.count),
          })}
        </p>
        <div className="indicator-grid">
          {chart(t('indicators.figures.assessmentsByZone'), barsOf(assessments.byZone, language, {}, zone))}
          {chart(
            t('indicators.figures.byCondition'),
            barsOf(assessments.byCondition, language, LABELS.condition),
          )}
          {chart(t('indicators.figures.byTrend'), barsOf(assessments.byTrend, language, LABELS.trend))}
          {chart(
            t('indicators.figures.byPriority'),
            barsOf(assessments.byPriority, language, LABELS.priority),
          )}
        </div>
      </section>
      <section className="indicator-section" aria-labelledby="indicators-sites">
        <h3 id="indicators-sites">{t('indicators.sections.sites')}</h3>
        <SitesTable sites={indicators.sitesAtRisk} />
      </section>
      <section className="indicator-section" aria-labelledby="indicators-erbm">
        <h3 id="indicators-erbm">{t('indicators.sections.erbm')}</h3>
        <p className="indicator-total">{t('indicators.figures.cites', { value: value(erbm.cites.count) })}</p>
        {chart(
          t('indicators.figures.byPhase'),
          barsOf(erbm.byPhase, language, LABELS.phase, () => t('indicators.phases.non_suivie')),
        )}
        <ScoresTable scores={erbm.meanScores} visits={value(erbm.evaluations.count)} />
      </section>
      <section className="indicator-section" aria-labelledby="indicators-pressure">
        <h3 id="indicators-pressure">{t('indicators.sections.pressure')}</h3>
        {indicators.pressure.length === 0 ? (
          <p>{t('indicators.none')}</p>
        ) : (
          chart(
            t('indicators.figures.pressure'),
            indicators.pressure.map((row) => ({
              key: row.key,
              label: row.key === 'autres' ? t('indicators.others') : row.label,
              value: row.count,
            })),
          )
        )}
      </section>
    </>
  )
}
