import type { IndicatorAreaKind } from '@heritage-watch/shared'
import type { Queryable } from './pool.ts'
import { allRows, firstRow } from './query-rows.ts'
import {
  ALERT_BREAKDOWN_SQL,
  ALERT_DELAYS_SQL,
  ALERT_PRESSURE_SQL,
  FIRST_ALERT_MONTH_SQL,
  PRESSURE_CATEGORIES,
} from './sql/indicators-alerts.sql.ts'
import { AREA_CHOICES_SQL, AREA_LABEL_SQL, CHECK_AREA_POLYGON_SQL } from './sql/indicators-area.sql.ts'
import {
  ASSESSMENT_LATEST_SQL,
  ASSESSMENT_ZONES_SQL,
  SITES_AT_RISK_SQL,
} from './sql/indicators-assessments.sql.ts'
import { ERBM_PHASES_SQL, ERBM_SCORES_SQL } from './sql/indicators-erbm.sql.ts'
import {
  BASIN_ALERT_BREAKDOWN_SQL,
  BASIN_ALERT_DELAYS_ALL_TIME_SQL,
  BASIN_ALERT_DELAYS_SQL,
  BASIN_ASSESSMENT_LATEST_SQL,
  BASIN_ASSESSMENT_ZONES_SQL,
  BASIN_PRESSURE_SQL,
} from './sql/indicators-rollups.sql.ts'

/** The area and period, as the service resolved them. */
export interface IndicatorScope {
  kind: IndicatorAreaKind
  /** INSEE or SIREN code for a commune or an EPCI. */
  code: string | null
  /** GeoJSON text of a drawn polygon, already checked. */
  polygon: string | null
  from: string | null
  to: string | null
}

/** A count of one key of one section ('status', 'month', 'zone'…). */
export interface SectionCount {
  section: string
  key: string
  count: number
}

interface PressureRow {
  key: string
  label: string
  count: number
}

export interface DelayRow {
  responseCount: number
  responseMedian: number | null
  responseP90: number | null
  resolutionCount: number
  resolutionMedian: number | null
  resolutionP90: number | null
}

export interface SiteAtRiskRow {
  id: string
  name: string
  commune: string
  condition: string | null
  origin: 'visite' | 'source' | null
  visitedOn: string | null
}

export interface ScoresRow {
  count: number
  habitabilite: number | null
  facades: number | null
  abords: number | null
  patrimoine: number | null
}

export interface PolygonCheck {
  valid: boolean
  invalidReason: string | null
  inBasin: boolean | null
  inBasinSwapped: boolean | null
}

const parameters = (scope: IndicatorScope) => [scope.kind, scope.code, scope.polygon, scope.from, scope.to]
const period = (scope: IndicatorScope) => [scope.from, scope.to]

/**
 * Runs the indicators' queries one after the other (on the embedded database there is one connection
 * anyway). The whole basin reads the counts kept by triggers (migration 0012), unless `rollups` is false
 * (the tests compare both); other areas make one aggregate pass over each table.
 */
export function createIndicatorsRepo(db: Queryable, { rollups = true } = {}) {
  const basin = (scope: IndicatorScope) => rollups && scope.kind === 'bassin'
  return {
    async areaLabel(kind: IndicatorAreaKind, code: string): Promise<string | undefined> {
      return (await firstRow<{ label: string }>(db, AREA_LABEL_SQL, [kind, code]))?.label
    },
    areaChoices: () =>
      allRows<{ kind: 'commune' | 'epci'; code: string; name: string }>(db, AREA_CHOICES_SQL),
    async checkPolygon(geojson: string): Promise<PolygonCheck> {
      return (await firstRow<PolygonCheck>(db, CHECK_AREA_POLYGON_SQL, [geojson]))!
    },
    async firstAlertMonth(): Promise<string | null> {
      return (await firstRow<{ month: string | null }>(db, FIRST_ALERT_MONTH_SQL))?.month ?? null
    },
    alertBreakdown: (scope: IndicatorScope) =>
      basin(scope)
        ? allRows<SectionCount>(db, BASIN_ALERT_BREAKDOWN_SQL, period(scope))
        : allRows<SectionCount>(db, ALERT_BREAKDOWN_SQL, parameters(scope)),
    async alertDelays(scope: IndicatorScope): Promise<DelayRow> {
      const allTime = scope.from === null && scope.to === null
      const [sql, values] = !basin(scope)
        ? [ALERT_DELAYS_SQL, parameters(scope)]
        : allTime
          ? [BASIN_ALERT_DELAYS_ALL_TIME_SQL, []]
          : [BASIN_ALERT_DELAYS_SQL, period(scope)]
      return (await firstRow<DelayRow>(db, sql, values))!
    },
    pressure: (scope: IndicatorScope) =>
      basin(scope)
        ? allRows<PressureRow>(db, BASIN_PRESSURE_SQL, [...period(scope), PRESSURE_CATEGORIES])
        : allRows<PressureRow>(db, ALERT_PRESSURE_SQL, [...parameters(scope), PRESSURE_CATEGORIES]),
    async assessments(scope: IndicatorScope): Promise<SectionCount[]> {
      const fromCounts = basin(scope)
      const zones = fromCounts
        ? await allRows<SectionCount>(db, BASIN_ASSESSMENT_ZONES_SQL, period(scope))
        : await allRows<SectionCount>(db, ASSESSMENT_ZONES_SQL, parameters(scope))
      // The kept snapshot is today's: a period with an end reads the history.
      const latest =
        fromCounts && scope.to === null
          ? await allRows<SectionCount>(db, BASIN_ASSESSMENT_LATEST_SQL)
          : await allRows<SectionCount>(db, ASSESSMENT_LATEST_SQL, parameters(scope))
      return zones.concat(latest)
    },
    sitesAtRisk: (scope: IndicatorScope) => allRows<SiteAtRiskRow>(db, SITES_AT_RISK_SQL, parameters(scope)),
    erbmPhases: (scope: IndicatorScope) => allRows<SectionCount>(db, ERBM_PHASES_SQL, parameters(scope)),
    async erbmScores(scope: IndicatorScope): Promise<ScoresRow> {
      return (await firstRow<ScoresRow>(db, ERBM_SCORES_SQL, parameters(scope)))!
    },
  }
}

export type IndicatorsRepo = ReturnType<typeof createIndicatorsRepo>
