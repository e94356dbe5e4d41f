import {
  CRS_DETAILS,
  type Cql2Filter,
  type Cql2Queryables,
  type Operand,
  type Predicate,
  type SpatialFunction,
  type TemporalFunction,
} from '@heritage-watch/shared'

// A checked CQL2 filter as a SQL condition. Identifiers come only from the collection's column map
// (built from the catalogue, never from input); every value, geometry included, is a $n parameter.

/** A temporal queryable as SQL: its first and last day, and the condition that it has a date at all. */
interface TemporalColumn {
  start: string
  end: string
  present: string
}

/** How a collection's queryables map onto its table. */
export interface Cql2Columns {
  /** The queryables the filter was checked against. */
  queryables: Cql2Queryables
  /** SQL of a scalar queryable, already quoted. */
  scalar(name: string): string
  temporal(name: string): TemporalColumn
  /** The geometry column, stored in EPSG:4326. */
  geometry: string
}

type Parameter = (value: unknown) => string

const SPATIAL_SQL: Record<SpatialFunction, string> = {
  s_intersects: 'ST_Intersects',
  s_within: 'ST_Within',
  s_contains: 'ST_Contains',
  s_disjoint: 'ST_Disjoint',
  s_equals: 'ST_Equals',
  s_touches: 'ST_Touches',
  s_overlaps: 'ST_Overlaps',
  s_crosses: 'ST_Crosses',
}

// Allen's relations as CQL2 defines them, on closed day spans [a.start, a.end] and [b.start, b.end].
const TEMPORAL_SQL: Record<TemporalFunction, (a: TemporalColumn, b: TemporalColumn) => string> = {
  t_after: (a, b) => `${a.start} > ${b.end}`,
  t_before: (a, b) => `${a.end} < ${b.start}`,
  t_contains: (a, b) => `${a.start} < ${b.start} AND ${a.end} > ${b.end}`,
  t_disjoint: (a, b) => `NOT (${a.start} <= ${b.end} AND ${a.end} >= ${b.start})`,
  t_during: (a, b) => `${a.start} > ${b.start} AND ${a.end} < ${b.end}`,
  t_equals: (a, b) => `${a.start} = ${b.start} AND ${a.end} = ${b.end}`,
  t_finishedby: (a, b) => `${a.start} < ${b.start} AND ${a.end} = ${b.end}`,
  t_finishes: (a, b) => `${a.start} > ${b.start} AND ${a.end} = ${b.end}`,
  t_intersects: (a, b) => `${a.start} <= ${b.end} AND ${a.end} >= ${b.start}`,
  t_meets: (a, b) => `${a.end} = ${b.start}`,
  t_metby: (a, b) => `${a.start} = ${b.end}`,
  t_overlappedby: (a, b) => `${a.start} > ${b.start} AND ${a.start} < ${b.end} AND ${a.end} > ${b.end}`,
  t_overlaps: (a, b) => `${a.start} < ${b.start} AND ${a.end} > ${b.start} AND ${a.end} < ${b.end}`,
  t_startedby: (a, b) => `${a.start} = ${b.start} AND ${a.end} > ${b.end}`,
  t_starts: (a, b) => `${a.start} = ${b.start} AND ${a.end} < ${b.end}`,
}

class Cql2Sql {
  constructor(
    private readonly filter: Cql2Filter,
    private readonly columns: Cql2Columns,
    private readonly parameter: Parameter,
  ) {}

  /** A day as SQL: a date-time counts by its UTC day, as `datetime` does. */
  private day(value: string | null, open: '-infinity' | 'infinity'): string {
    if (value === null) return `'${open}'::date`
    return value.length > 10
      ? `((${this.parameter(value)})::timestamptz AT TIME ZONE 'UTC')::date`
      : `(${this.parameter(value)})::date`
  }

  private scalar(operand: Operand): string {
    switch (operand.type) {
      case 'property':
        return this.columns.scalar(operand.name)
      case 'string':
        return `${this.parameter(operand.value)}::text`
      case 'number':
        return `${this.parameter(operand.value)}::double precision`
      case 'boolean':
        return `${this.parameter(operand.value)}::boolean`
      case 'casei':
        return `lower(${this.scalar(operand.arg)})`
      default:
        throw new Error(`a ${operand.type} is not a scalar (the checker lets none through)`)
    }
  }

  private geometry(operand: Operand): string {
    if (operand.type === 'property') return this.columns.geometry
    if (operand.type !== 'geometry') throw new Error('not a geometry (the checker lets none through)')
    const { srid, latitudeFirst } = CRS_DETAILS[this.filter.crs]
    const read = `ST_SetSRID(ST_GeomFromGeoJSON(${this.parameter(JSON.stringify(operand.geometry))}::text), ${srid})`
    const ordered = latitudeFirst ? `ST_FlipCoordinates(${read})` : read
    // The literal moves to the storage CRS, never the column, so that the GiST index is used.
    return srid === 4326 ? ordered : `ST_Transform(${ordered}, 4326)`
  }

  private temporal(operand: Operand): { span: TemporalColumn; present?: string } {
    if (operand.type === 'property') {
      const span = this.columns.temporal(operand.name)
      return { span, present: span.present }
    }
    if (operand.type === 'instant') {
      const day = this.day(operand.value, '-infinity')
      return { span: { start: day, end: day, present: 'TRUE' } }
    }
    if (operand.type === 'interval')
      return {
        span: {
          start: this.day(operand.start, '-infinity'),
          end: this.day(operand.end, 'infinity'),
          present: 'TRUE',
        },
      }
    throw new Error('not a temporal operand (the checker lets none through)')
  }

  /** A text-list property on the left: true when one of its elements matches. */
  private anyElement(operand: Operand, condition: (element: string) => string): string | undefined {
    if (operand.type !== 'property' || this.columns.queryables[operand.name] !== 'string[]') return undefined
    const column = this.columns.scalar(operand.name)
    return `EXISTS (SELECT 1 FROM unnest(${column}) AS element WHERE ${condition('element')})`
  }

  condition(predicate: Predicate): string {
    switch (predicate.type) {
      case 'and':
      case 'or':
        return `(${predicate.args.map((arg) => this.condition(arg)).join(` ${predicate.type.toUpperCase()} `)})`
      case 'not':
        // NOT of an unknown (NULL) stays unknown: a feature without the value matches neither side.
        return `(NOT ${this.condition(predicate.arg)})`
      case 'literal':
        return predicate.value ? 'TRUE' : 'FALSE'
      case 'comparison': {
        const right = this.scalar(predicate.right)
        return (
          this.anyElement(predicate.left, (e) => `${e} = ${right}`) ??
          `(${this.scalar(predicate.left)} ${predicate.op} ${right})`
        )
      }
      case 'like': {
        const like = predicate.caseInsensitive ? 'ILIKE' : 'LIKE'
        const pattern = this.scalar(predicate.pattern)
        return (
          this.anyElement(predicate.value, (e) => `${e} ${like} ${pattern}`) ??
          `(${this.scalar(predicate.value)} ${like} ${pattern})`
        )
      }
      case 'between':
        return `(${this.scalar(predicate.value)} BETWEEN ${this.scalar(predicate.low)} AND ${this.scalar(predicate.high)})`
      case 'in': {
        const list = predicate.list.map((item) => this.scalar(item)).join(', ')
        return (
          this.anyElement(predicate.value, (e) => `${e} IN (${list})`) ??
          `(${this.scalar(predicate.value)} IN (${list}))`
        )
      }
      case 'isNull': {
        const { value } = predicate
        const kind = value.type === 'property' ? this.columns.queryables[value.name] : undefined
        if (kind === 'geometry') return `(${this.columns.geometry} IS NULL)`
        if (value.type === 'property' && kind === 'temporal')
          return `(NOT (${this.columns.temporal(value.name).present}))`
        return `(${this.scalar(value)} IS NULL)`
      }
      case 'spatial': {
        const left = this.geometry(predicate.left)
        const right = this.geometry(predicate.right)
        return `(${SPATIAL_SQL[predicate.op]}(${left}, ${right}))`
      }
      case 'temporal': {
        const a = this.temporal(predicate.left)
        const b = this.temporal(predicate.right)
        const presence = [a.present, b.present].filter((p): p is string => !!p && p !== 'TRUE')
        return `(${[...presence, TEMPORAL_SQL[predicate.op](a.span, b.span)].join(' AND ')})`
      }
    }
  }
}

/**
 * The SQL condition of a checked filter.
 * @param parameter adds a value to the query's parameters and returns its `$n`
 */
export function cql2Condition(filter: Cql2Filter, columns: Cql2Columns, parameter: Parameter): string {
  return new Cql2Sql(filter, columns, parameter).condition(filter.predicate)
}
