import type { PropertyKind } from '../../catalog/types.ts'
import { CRS_DETAILS, type SupportedCrs } from '../crs.ts'
import { isCalendarDate } from '../query-values.ts'
import { Cql2Error, type GeometryLiteral, type Operand, type Predicate } from './ast.ts'

// Holds a read filter to a collection's queryables: names only from them, operands of one type on both
// sides of an operator (PostgreSQL would otherwise raise a type error at run time), valid dates, and
// geometry literals inside the filter CRS's area of use.

/** `temporal` is a time span or instant; `geometry` the features' geometry. */
export type Cql2Kind = PropertyKind | 'geometry' | 'temporal'
export type Cql2Queryables = Readonly<Record<string, Cql2Kind>>

type Family = 'string' | 'number' | 'boolean' | 'geometry' | 'temporal'
const FAMILY: Record<Cql2Kind, Family> = {
  string: 'string',
  'string[]': 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  geometry: 'geometry',
  temporal: 'temporal',
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i
const DATE = /^\d{4}-\d{2}-\d{2}$/

function checkInstant(value: string, precision: 'date' | 'timestamp') {
  const shape = precision === 'date' ? DATE : TIMESTAMP
  if (!shape.test(value) || !isCalendarDate(value) || Number.isNaN(Date.parse(value)))
    throw new Cql2Error(
      precision === 'date'
        ? `DATE('${value}') must be a day YYYY-MM-DD`
        : `TIMESTAMP('${value}') must be an RFC 3339 date-time with its time zone (Z or ±hh:mm)`,
    )
}

function checkPosition(position: number[], crs: SupportedCrs) {
  const { srid, latitudeFirst } = CRS_DETAILS[crs]
  const [a, b] = position as [number, number]
  const [x, y] = latitudeFirst ? [b, a] : [a, b]
  if (srid === 4326 && (Math.abs(x) > 180 || Math.abs(y) > 90))
    throw new Cql2Error(
      'geometry coordinates must be longitudes within -180..180 and latitudes within -90..90 (see filter-crs)',
    )
  if (srid === 2154 && (x < -400_000 || x > 1_400_000 || y < 6_000_000 || y > 7_300_000))
    throw new Cql2Error('Lambert-93 coordinates must lie within x -400000..1400000 and y 6000000..7300000')
}

function checkCoordinates(value: unknown, crs: SupportedCrs) {
  if (!Array.isArray(value)) return
  if (typeof value[0] === 'number') checkPosition(value as number[], crs)
  else for (const item of value) checkCoordinates(item, crs)
}

function checkGeometry(geometry: GeometryLiteral, crs: SupportedCrs) {
  if (geometry.type === 'GeometryCollection')
    for (const member of geometry.geometries) checkGeometry(member, crs)
  else checkCoordinates(geometry.coordinates, crs)
}

class Checker {
  constructor(
    private readonly queryables: Cql2Queryables,
    private readonly crs: SupportedCrs,
  ) {}

  private kind(operand: Operand): Cql2Kind {
    switch (operand.type) {
      case 'property': {
        const kind = this.queryables[operand.name]
        if (!kind)
          throw new Cql2Error(
            `"${operand.name}" is not a queryable of this collection; queryables: ${Object.keys(this.queryables).join(', ')}`,
          )
        return kind
      }
      case 'casei':
        // A list's elements are matched one by one, and CASEI of a whole list has no meaning.
        if (this.family(operand.arg) !== 'string' || this.kind(operand.arg) === 'string[]')
          throw new Cql2Error('CASEI takes a text (not a list)')
        return 'string'
      case 'geometry':
        checkGeometry(operand.geometry, this.crs)
        return 'geometry'
      case 'instant':
        checkInstant(operand.value, operand.precision)
        return 'temporal'
      case 'interval': {
        for (const bound of [operand.start, operand.end])
          if (bound !== null) checkInstant(bound, bound.length > 10 ? 'timestamp' : 'date')
        if (operand.start && operand.end && Date.parse(operand.start) > Date.parse(operand.end))
          throw new Cql2Error('an INTERVAL must not end before it starts')
        return 'temporal'
      }
      default:
        return operand.type
    }
  }

  private family(operand: Operand): Family {
    return FAMILY[this.kind(operand)]
  }

  /** Both operands of one scalar family: texts with texts, numbers with numbers, booleans with booleans. */
  private sameScalar(operands: Operand[], what: string) {
    const families = operands.map((operand) => this.family(operand))
    const first = families[0]
    if (first === 'geometry')
      throw new Cql2Error(`${what} does not compare geometries: use S_INTERSECTS, S_WITHIN…`)
    if (first === 'temporal')
      throw new Cql2Error(`${what} does not compare dates: use T_BEFORE, T_AFTER, T_INTERSECTS…`)
    if (families.some((family) => family !== first))
      throw new Cql2Error(`${what} needs operands of one type, got ${families.join(' and ')}`)
  }

  /** A list property (string[]) is matched element by element, as the left operand only. */
  private listProperty(operands: Operand[], allowed: boolean, what: string) {
    operands.forEach((operand, index) => {
      if (
        operand.type === 'property' &&
        this.queryables[operand.name] === 'string[]' &&
        (!allowed || index > 0)
      )
        throw new Cql2Error(
          `"${operand.name}" is a list: ${what} cannot use it here (use =, LIKE or IN with it on the left)`,
        )
    })
  }

  check(predicate: Predicate): void {
    switch (predicate.type) {
      case 'and':
      case 'or':
        return predicate.args.forEach((arg) => this.check(arg))
      case 'not':
        return this.check(predicate.arg)
      case 'literal':
        return
      case 'comparison':
        this.sameScalar([predicate.left, predicate.right], predicate.op)
        return this.listProperty([predicate.left, predicate.right], predicate.op === '=', predicate.op)
      case 'like':
        if (this.family(predicate.value) !== 'string' || this.family(predicate.pattern) !== 'string')
          throw new Cql2Error('LIKE compares a text with a text pattern')
        return this.listProperty([predicate.value, predicate.pattern], true, 'LIKE')
      case 'between':
        this.sameScalar([predicate.value, predicate.low, predicate.high], 'BETWEEN')
        if (this.family(predicate.value) !== 'number') throw new Cql2Error('BETWEEN takes numbers')
        return this.listProperty([predicate.value, predicate.low, predicate.high], false, 'BETWEEN')
      case 'in':
        this.sameScalar([predicate.value, ...predicate.list], 'IN')
        return this.listProperty([predicate.value, ...predicate.list], true, 'IN')
      case 'isNull':
        this.kind(predicate.value)
        return
      case 'spatial':
        if (this.family(predicate.left) !== 'geometry' || this.family(predicate.right) !== 'geometry')
          throw new Cql2Error(
            `${predicate.op.toUpperCase()} takes two geometries (the "geometry" queryable or literals)`,
          )
        return
      case 'temporal':
        if (this.family(predicate.left) !== 'temporal' || this.family(predicate.right) !== 'temporal')
          throw new Cql2Error(
            `${predicate.op.toUpperCase()} takes two instants or intervals (a temporal queryable, DATE(), TIMESTAMP() or INTERVAL())`,
          )
        return
    }
  }
}

/**
 * Holds a filter to the queryables and the filter CRS.
 * @throws Cql2Error naming the first problem
 */
export function checkCql2(predicate: Predicate, queryables: Cql2Queryables, crs: SupportedCrs): Predicate {
  new Checker(queryables, crs).check(predicate)
  return predicate
}
