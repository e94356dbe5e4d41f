import {
  ALERT_CATEGORIES,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
  ASSESSMENT_CONDITIONS,
  ASSESSMENT_PRIORITIES,
  ASSESSMENT_TRENDS,
  type Actor,
  can,
  ERBM_PHASES,
  INDICATOR_MIN_COUNT,
  type IndicatorAreas,
  type Indicators,
  type IndicatorsQuery,
} from '@heritage-watch/shared'
import type { IndicatorsRepo, SectionCount } from '../../db/indicators-repo.ts'
import { resolveScope } from './area.ts'
import { pressureFigures } from './pressure.ts'
import { breakdown, countFigure, delayFigure, monthSeries } from './suppression.ts'

const ZONES = ['bien', 'zone_tampon', 'hors']
const SCORE_CRITERIA = ['habitabilite', 'facades', 'abords', 'patrimoine'] as const
/** With no period, the months shown are the last two years: enough to read a trend, not a history. */
const DEFAULT_MONTHS = 24

/** The counts of one section of the grouped rows, by key. */
const section = (rows: SectionCount[], name: string) =>
  new Map(rows.filter((row) => row.section === name).map((row) => [row.key, row.count]))
const total = (rows: SectionCount[], name: string, key = 'total') => section(rows, name).get(key) ?? 0

const thisMonth = () => new Date().toISOString().slice(0, 7)

/** GET /indicators: every figure for an area and a period, exact for accounts, guarded for visitors. */
export function createIndicatorsService(repo: IndicatorsRepo) {
  async function months(query: IndicatorsQuery): Promise<string[]> {
    const last = query.to?.slice(0, 7) ?? thisMonth()
    if (query.from) return monthSeries(query.from.slice(0, 7), last)
    const first = (await repo.firstAlertMonth()) ?? last
    return monthSeries(first, last, DEFAULT_MONTHS)
  }

  return {
    async areas(): Promise<IndicatorAreas> {
      const rows = await repo.areaChoices()
      const of = (kind: string) =>
        rows.filter((row) => row.kind === kind).map(({ code, name }) => ({ code, name }))
      return { communes: of('commune'), epcis: of('epci') }
    },
    async indicators(actor: Actor, query: IndicatorsQuery): Promise<Indicators> {
      const detail = can(actor, 'indicators:read-detail')
      const { scope, label } = await resolveScope(repo, query)
      const alerts = await repo.alertBreakdown(scope)
      const delays = await repo.alertDelays(scope)
      const pressure = await repo.pressure(scope)
      const assessments = await repo.assessments(scope)
      const sites = await repo.sitesAtRisk(scope)
      const phases = await repo.erbmPhases(scope)
      const scores = await repo.erbmScores(scope)
      const scoresShown = detail || scores.count >= INDICATOR_MIN_COUNT
      return {
        area: { kind: scope.kind, code: scope.code, label },
        period: { from: scope.from, to: scope.to },
        detail,
        minCount: INDICATOR_MIN_COUNT,
        alerts: {
          total: countFigure('total', total(alerts, 'total'), detail),
          byStatus: breakdown(ALERT_STATUSES, section(alerts, 'status'), detail),
          bySeverity: breakdown(ALERT_SEVERITIES, section(alerts, 'severity'), detail),
          byCategory: breakdown(ALERT_CATEGORIES, section(alerts, 'category'), detail),
          byMonth: breakdown(await months(query), section(alerts, 'month'), detail),
          byZone: breakdown(ZONES, section(alerts, 'zone'), detail),
          firstResponse: delayFigure(delays.responseCount, delays.responseMedian, delays.responseP90, detail),
          resolution: delayFigure(
            delays.resolutionCount,
            delays.resolutionMedian,
            delays.resolutionP90,
            detail,
          ),
        },
        assessments: {
          total: countFigure('total', total(assessments, 'total'), detail),
          byZone: breakdown(ZONES, section(assessments, 'zone'), detail),
          features: countFigure('features', total(assessments, 'features', 'features'), detail),
          byCondition: breakdown(ASSESSMENT_CONDITIONS, section(assessments, 'condition'), detail),
          byTrend: breakdown(ASSESSMENT_TRENDS, section(assessments, 'trend'), detail),
          byPriority: breakdown(ASSESSMENT_PRIORITIES, section(assessments, 'priority'), detail),
        },
        // A visit's condition points at one constat; what the sources say of a site is public.
        sitesAtRisk: sites.map((site) => {
          const hidden = !detail && site.origin === 'visite'
          return hidden
            ? { ...site, condition: null, visitedOn: null, origin: null, hidden }
            : { ...site, hidden }
        }),
        erbm: {
          cites: countFigure('total', total(phases, 'cites'), detail),
          byPhase: breakdown([...ERBM_PHASES, 'non_suivie'], section(phases, 'phase'), detail),
          evaluations: countFigure('total', scores.count, detail),
          meanScores: SCORE_CRITERIA.map((key) => ({
            key,
            mean: scoresShown && scores[key] !== null ? Math.round(scores[key] * 100) / 100 : null,
          })),
        },
        pressure: pressureFigures(pressure, detail),
      }
    },
  }
}

export type IndicatorsService = ReturnType<typeof createIndicatorsService>
export { indicatorsCsv } from './csv.ts'
