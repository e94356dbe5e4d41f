import {
  COMPARISON_OPERATORS,
  type ComparisonOperator,
  Cql2Error,
  type GeometryLiteral,
  type Operand,
  type Predicate,
  SPATIAL_FUNCTIONS,
  type SpatialFunction,
  TEMPORAL_FUNCTIONS,
  type TemporalFunction,
} from './ast.ts'
import { bboxPolygon, checkRing } from './wkt.ts'

// cql2-json (OGC 21-065r2 §8): {"op": …, "args": […]}, {"property": …}, literals, {"date"},
// {"timestamp"}, {"interval"}, {"bbox"} and GeoJSON geometries. Problems name their JSON path.

type Json = unknown
const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

type CoordinateType = Exclude<GeometryLiteral['type'], 'GeometryCollection'>
const GEOMETRY_DEPTH: Record<CoordinateType, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
}

function checkPositions(value: Json, depth: number, path: string): void {
  if (!Array.isArray(value)) throw new Cql2Error(`${path}: coordinates must be arrays`)
  if (depth === 0) {
    if (
      (value.length !== 2 && value.length !== 3) ||
      value.some((n) => typeof n !== 'number' || !Number.isFinite(n))
    )
      throw new Cql2Error(`${path}: a position must be 2 or 3 numbers`)
    return
  }
  if (value.length === 0) throw new Cql2Error(`${path}: empty coordinates`)
  value.forEach((item, index) => checkPositions(item, depth - 1, `${path}[${index}]`))
}

function geometry(value: Record<string, Json>, path: string): GeometryLiteral {
  if (value.type === 'GeometryCollection') {
    const members = value.geometries
    if (!Array.isArray(members) || members.length === 0)
      throw new Cql2Error(`${path}.geometries: expected a non-empty list of geometries`)
    return {
      type: 'GeometryCollection',
      geometries: members.map((member, index) => {
        if (!isObject(member)) throw new Cql2Error(`${path}.geometries[${index}]: expected a geometry`)
        return geometry(member, `${path}.geometries[${index}]`)
      }),
    }
  }
  const type = value.type as CoordinateType
  if (!(type in GEOMETRY_DEPTH))
    throw new Cql2Error(`${path}: unsupported geometry type "${String(value.type)}"`)
  checkPositions(value.coordinates, GEOMETRY_DEPTH[type], `${path}.coordinates`)
  const rings =
    type === 'Polygon' ? [value.coordinates] : type === 'MultiPolygon' ? (value.coordinates as Json[]) : []
  for (const polygon of rings as number[][][][]) for (const ring of polygon) checkRing(ring)
  return { type, coordinates: value.coordinates }
}

function text(value: Json, path: string): string {
  if (typeof value !== 'string') throw new Cql2Error(`${path}: expected a string`)
  return value
}

function operand(value: Json, path: string): Operand {
  if (typeof value === 'string') return { type: 'string', value }
  if (typeof value === 'number') return { type: 'number', value }
  if (typeof value === 'boolean') return { type: 'boolean', value }
  if (!isObject(value)) throw new Cql2Error(`${path}: expected a value, a property or a function`)
  if ('property' in value) return { type: 'property', name: text(value.property, `${path}.property`) }
  if ('date' in value) return { type: 'instant', value: text(value.date, `${path}.date`), precision: 'date' }
  if ('timestamp' in value)
    return { type: 'instant', value: text(value.timestamp, `${path}.timestamp`), precision: 'timestamp' }
  if ('interval' in value) {
    const bounds = value.interval
    if (!Array.isArray(bounds) || bounds.length !== 2)
      throw new Cql2Error(`${path}.interval: expected 2 bounds`)
    const bound = (item: Json, index: number) => {
      const raw = isObject(item) ? (item.date ?? item.timestamp) : item
      const read = text(raw, `${path}.interval[${index}]`)
      return read === '..' ? null : read
    }
    return { type: 'interval', start: bound(bounds[0], 0), end: bound(bounds[1], 1) }
  }
  if ('bbox' in value) {
    const numbers = value.bbox
    if (!Array.isArray(numbers) || numbers.some((n) => typeof n !== 'number'))
      throw new Cql2Error(`${path}.bbox: expected 4 or 6 numbers`)
    return { type: 'geometry', geometry: bboxPolygon(numbers as number[]) }
  }
  if ('coordinates' in value || value.type === 'GeometryCollection')
    return { type: 'geometry', geometry: geometry(value, path) }
  if (value.op === 'casei') {
    const args = value.args
    if (!Array.isArray(args) || args.length !== 1) throw new Cql2Error(`${path}.args: casei takes 1 argument`)
    return { type: 'casei', arg: operand(args[0], `${path}.args[0]`) }
  }
  throw new Cql2Error(`${path}: expected a value, a property or a function`)
}

function argumentsOf(value: Record<string, Json>, path: string, count?: number): Json[] {
  const args = value.args
  if (!Array.isArray(args) || (count !== undefined && args.length !== count))
    throw new Cql2Error(`${path}.args: "${String(value.op)}" takes ${count ?? 'a list of'} arguments`)
  return args
}

function predicate(value: Json, path: string): Predicate {
  if (typeof value === 'boolean') return { type: 'literal', value }
  if (!isObject(value) || typeof value.op !== 'string')
    throw new Cql2Error(`${path}: expected an object with "op" and "args"`)
  const op = value.op.toLowerCase()
  const at = (index: number) => `${path}.args[${index}]`
  if (op === 'and' || op === 'or') {
    const args = argumentsOf(value, path)
    if (args.length < 2) throw new Cql2Error(`${path}.args: "${op}" takes 2 arguments at least`)
    return { type: op, args: args.map((arg, index) => predicate(arg, at(index))) }
  }
  if (op === 'not') return { type: 'not', arg: predicate(argumentsOf(value, path, 1)[0], at(0)) }
  if ((COMPARISON_OPERATORS as readonly string[]).includes(op)) {
    const [left, right] = argumentsOf(value, path, 2)
    return {
      type: 'comparison',
      op: op as ComparisonOperator,
      left: operand(left, at(0)),
      right: operand(right, at(1)),
    }
  }
  if (op === 'like') {
    const [left, right] = argumentsOf(value, path, 2)
    return {
      type: 'like',
      value: operand(left, at(0)),
      pattern: operand(right, at(1)),
      caseInsensitive: false,
    }
  }
  if (op === 'between') {
    const [item, low, high] = argumentsOf(value, path, 3)
    return {
      type: 'between',
      value: operand(item, at(0)),
      low: operand(low, at(1)),
      high: operand(high, at(2)),
    }
  }
  if (op === 'in') {
    const [item, list] = argumentsOf(value, path, 2)
    if (!Array.isArray(list) || list.length === 0) throw new Cql2Error(`${at(1)}: expected a non-empty list`)
    return {
      type: 'in',
      value: operand(item, at(0)),
      list: list.map((entry, index) => operand(entry, `${at(1)}[${index}]`)),
    }
  }
  if (op === 'isnull') return { type: 'isNull', value: operand(argumentsOf(value, path, 1)[0], at(0)) }
  if ((SPATIAL_FUNCTIONS as readonly string[]).includes(op)) {
    const [left, right] = argumentsOf(value, path, 2)
    return {
      type: 'spatial',
      op: op as SpatialFunction,
      left: operand(left, at(0)),
      right: operand(right, at(1)),
    }
  }
  if ((TEMPORAL_FUNCTIONS as readonly string[]).includes(op)) {
    const [left, right] = argumentsOf(value, path, 2)
    return {
      type: 'temporal',
      op: op as TemporalFunction,
      left: operand(left, at(0)),
      right: operand(right, at(1)),
    }
  }
  throw new Cql2Error(`${path}.op: unsupported operator "${value.op}"`)
}

/**
 * Reads a cql2-json filter (the JSON text of the `filter` parameter).
 * @throws Cql2Error naming the JSON path of the first problem
 */
export function parseCql2Json(input: string): Predicate {
  let value: Json
  try {
    value = JSON.parse(input)
  } catch (error) {
    throw new Cql2Error(`not JSON: ${(error as Error).message}`)
  }
  return predicate(value, '$')
}
