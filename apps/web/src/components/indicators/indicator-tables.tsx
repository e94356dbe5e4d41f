import type { Indicators } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../hooks/use-language.ts'
import { LABELS } from './indicator-labels.ts'

type Delay = Indicators['alerts']['firstResponse']

/** Median and 90th percentile of the first response and of the resolution, in hours. */
export function DelayTable({
  first,
  resolution,
  hidden,
}: {
  first: Delay
  resolution: Delay
  hidden: string
}) {
  const { t } = useTranslation()
  const hours = (value: number | null, delay: Delay) =>
    delay.hidden ? hidden : value === null ? '—' : t('indicators.hours', { value })
  const row = (label: string, delay: Delay) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{delay.hidden ? hidden : delay.count}</td>
      <td>{hours(delay.medianHours, delay)}</td>
      <td>{hours(delay.p90Hours, delay)}</td>
    </tr>
  )
  return (
    <table className="indicator-plain-table">
      <thead>
        <tr>
          <td />
          <th scope="col">{t('indicators.figures.delayCount')}</th>
          <th scope="col">{t('indicators.figures.median')}</th>
          <th scope="col">{t('indicators.figures.p90')}</th>
        </tr>
      </thead>
      <tbody>
        {row(t('indicators.figures.firstResponse'), first)}
        {row(t('indicators.figures.resolution'), resolution)}
      </tbody>
    </table>
  )
}

/** The endangered sites of the area and their latest condition. */
export function SitesTable({ sites }: { sites: Indicators['sitesAtRisk'] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  if (sites.length === 0) return <p>{t('indicators.none')}</p>
  const condition = (site: Indicators['sitesAtRisk'][number]) => {
    if (site.hidden) return t('indicators.figures.hiddenCondition')
    if (!site.condition) return t('indicators.figures.noCondition')
    const label = LABELS.condition[site.condition]?.[language] ?? site.condition
    return site.origin === 'source' ? `${label} (${t('indicators.figures.fromSource')})` : label
  }
  return (
    <table className="indicator-plain-table">
      <thead>
        <tr>
          <th scope="col">{t('indicators.figures.site')}</th>
          <th scope="col">{t('indicators.figures.condition')}</th>
          <th scope="col">{t('indicators.figures.visitedOn')}</th>
        </tr>
      </thead>
      <tbody>
        {sites.map((site) => (
          <tr key={site.id}>
            <th scope="row">
              {site.name} <span className="indicator-muted">({site.commune})</span>
            </th>
            <td>{condition(site)}</td>
            <td>{site.visitedOn ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The mean scores of the ERBM qualitative review. */
export function ScoresTable({
  scores,
  visits,
}: {
  scores: Indicators['erbm']['meanScores']
  visits: string
}) {
  const { t } = useTranslation()
  return (
    <table className="indicator-plain-table">
      <caption>{t('indicators.figures.scores', { value: visits })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('indicators.figures.criterion')}</th>
          <th scope="col">{t('indicators.figures.mean')}</th>
        </tr>
      </thead>
      <tbody>
        {scores.map((score) => (
          <tr key={score.key}>
            <th scope="row">{t(`indicators.criteria.${score.key as 'abords'}`)}</th>
            <td>{score.mean ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
