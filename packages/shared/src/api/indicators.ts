import { z } from 'zod'
import { isCalendarDate, onceText } from '../ogc/query-values.ts'

// GET /indicators (issue #10 §5): the shared indicators of the convention (article 1.2) for an area and a
// period. Anonymous visitors get aggregates that reveal no alert: every count below
// INDICATOR_MIN_COUNT is withheld (`count: null, hidden: true`, shown as "< 3").

/** Counts below this are withheld from anonymous visitors. */
export const INDICATOR_MIN_COUNT = 3

/** The areas: the basin, a commune or EPCI by code, the property, the buffer zone, or a drawn polygon. */
export const INDICATOR_AREA_KINDS = ['bassin', 'commune', 'epci', 'bien', 'zone-tampon', 'polygone'] as const
export type IndicatorAreaKind = (typeof INDICATOR_AREA_KINDS)[number]

/** A drawn polygon's limits: enough for a neighbourhood drawn by hand, not a copy of a layer. */
export const INDICATOR_POLYGON_MAX_POSITIONS = 500
export const INDICATOR_POLYGON_MAX_CHARS = 20_000

const AREA_PATTERN = /^(bassin|bien|zone-tampon|polygone|commune:\d[0-9AB]\d{3}|epci:\d{9})$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

const dateValue = (description: string) =>
  onceText()
    .refine((raw) => DATE.test(raw) && isCalendarDate(raw), 'must be a date (YYYY-MM-DD)')
    .meta({ description, format: 'date' })

/** The query of GET /indicators; `polygon` implies `area=polygone`. */
export const IndicatorsQuerySchema = z
  .strictObject({
    area: onceText()
      .refine(
        (raw) => AREA_PATTERN.test(raw),
        'must be bassin, bien, zone-tampon, polygone, commune:<INSEE code> or epci:<SIREN>',
      )
      .meta({
        description:
          'Territoire : bassin (défaut), commune:<code INSEE>, epci:<SIREN>, bien, zone-tampon, polygone',
      })
      .optional(),
    polygon: onceText()
      .max(INDICATOR_POLYGON_MAX_CHARS, `must be at most ${INDICATOR_POLYGON_MAX_CHARS} characters`)
      .meta({ description: 'Polygone dessiné : géométrie GeoJSON Polygon (WGS 84), dans le bassin' })
      .optional(),
    from: dateValue('Début de la période (inclus), AAAA-MM-JJ').optional(),
    to: dateValue('Fin de la période (incluse), AAAA-MM-JJ').optional(),
    f: z
      .enum(['json', 'csv'], { error: 'must be json or csv' })
      .meta({ description: 'Format : json (défaut) ou csv' })
      .optional(),
  })
  .superRefine((query, context) => {
    if (query.from && query.to && query.from > query.to)
      context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' })
    if (query.polygon !== undefined && query.area !== undefined && query.area !== 'polygone')
      context.addIssue({ code: 'custom', path: ['polygon'], message: 'is only taken with area=polygone' })
    if (query.area === 'polygone' && query.polygon === undefined)
      context.addIssue({ code: 'custom', path: ['polygon'], message: 'is required with area=polygone' })
  })
export type IndicatorsQuery = z.output<typeof IndicatorsQuerySchema>

/** One figure of a breakdown; `hidden` when withheld from an anonymous visitor (count below 3). */
export const IndicatorCountSchema = z.object({
  key: z.string(),
  count: z.number().int().nonnegative().nullable(),
  hidden: z.boolean(),
})
export type IndicatorCount = z.infer<typeof IndicatorCountSchema>

/** Durations in hours over the alerts that have one; withheld when fewer than 3 alerts have one. */
export const IndicatorDelaySchema = z.object({
  count: z.number().int().nonnegative().nullable(),
  medianHours: z.number().nonnegative().nullable(),
  p90Hours: z.number().nonnegative().nullable(),
  hidden: z.boolean(),
})
export type IndicatorDelay = z.infer<typeof IndicatorDelaySchema>

const Breakdown = z.array(IndicatorCountSchema)

export const IndicatorsSchema = z.object({
  area: z.object({ kind: z.enum(INDICATOR_AREA_KINDS), code: z.string().nullable(), label: z.string() }),
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  /** True for accounts (exact figures); false for anonymous visitors (small counts withheld). */
  detail: z.boolean(),
  minCount: z.number().int(),
  alerts: z.object({
    total: IndicatorCountSchema,
    byStatus: Breakdown,
    bySeverity: Breakdown,
    byCategory: Breakdown,
    /** YYYY-MM of creation, every month of the period (of the last 24 months when no period is given). */
    byMonth: Breakdown,
    /** bien, zone_tampon (and not in the property), hors (neither). */
    byZone: Breakdown,
    firstResponse: IndicatorDelaySchema,
    resolution: IndicatorDelaySchema,
  }),
  assessments: z.object({
    total: IndicatorCountSchema,
    byZone: Breakdown,
    /** Features by their latest validated constat of the period. */
    features: IndicatorCountSchema,
    byCondition: Breakdown,
    byTrend: Breakdown,
    byPriority: Breakdown,
  }),
  sitesAtRisk: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      commune: z.string(),
      condition: z.string().nullable(),
      visitedOn: z.string().nullable(),
      origin: z.enum(['visite', 'source']).nullable(),
      /** A visit's condition, withheld from anonymous visitors (it points at one constat). */
      hidden: z.boolean(),
    }),
  ),
  erbm: z.object({
    cites: IndicatorCountSchema,
    /** Cités by current phase; `non_suivie` when no phase has begun. */
    byPhase: Breakdown,
    evaluations: IndicatorCountSchema,
    /** Mean score (1–4) of each criterion over the period's evaluations; null when withheld or none. */
    meanScores: z.array(z.object({ key: z.string(), mean: z.number().nullable() })),
  }),
  /** Works and building-project alerts in the buffer zone, by commune (INSEE code; `autres` merges small ones). */
  pressure: z.array(IndicatorCountSchema.extend({ label: z.string() })),
})
export type Indicators = z.infer<typeof IndicatorsSchema>

/** GET /indicators/areas: the communes and EPCIs an area can be chosen from, by name. */
export const IndicatorAreasSchema = z.object({
  communes: z.array(z.object({ code: z.string(), name: z.string() })),
  epcis: z.array(z.object({ code: z.string(), name: z.string() })),
})
export type IndicatorAreas = z.infer<typeof IndicatorAreasSchema>
