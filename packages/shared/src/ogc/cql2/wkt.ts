import { Cql2Error, type GeometryLiteral } from './ast.ts'
import type { Token } from './lexer.ts'

// Geometry literals of cql2-text: WKT (2D, an optional Z is read and dropped by PostGIS' 2D layers) and
// BBOX(), read into GeoJSON so that PostGIS receives one checked form through ST_GeomFromGeoJSON.

type Position = number[]

/** The parser's cursor, as the WKT reader needs it. */
export interface TokenCursor {
  peek(): Token
  next(): Token
  expect(text: string): Token
}

export const GEOMETRY_KEYWORDS = [
  'POINT',
  'LINESTRING',
  'POLYGON',
  'MULTIPOINT',
  'MULTILINESTRING',
  'MULTIPOLYGON',
  'GEOMETRYCOLLECTION',
  'BBOX',
] as const

function position(cursor: TokenCursor): Position {
  const coordinates: number[] = []
  while (cursor.peek().kind === 'number') coordinates.push(Number(cursor.next().text))
  if (coordinates.length < 2 || coordinates.length > 3)
    throw new Cql2Error('a coordinate must have 2 or 3 numbers', cursor.peek().position)
  return coordinates
}

function list<T>(cursor: TokenCursor, item: () => T): T[] {
  cursor.expect('(')
  const items = [item()]
  while (cursor.peek().text === ',') {
    cursor.next()
    items.push(item())
  }
  cursor.expect(')')
  return items
}

function ring(cursor: TokenCursor): Position[] {
  const start = cursor.peek().position
  const positions = list(cursor, () => position(cursor))
  checkRing(positions, start)
  return positions
}

/** A polygon ring must close and have 4 positions at least (ST_GeomFromGeoJSON would raise an error). */
export function checkRing(positions: Position[], at?: number) {
  const first = positions[0]
  const last = positions[positions.length - 1]
  if (positions.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1])
    throw new Cql2Error('a polygon ring must have 4 positions at least and end where it starts', at)
}

/** A MULTIPOINT's points may be written with or without their own parentheses. */
function multiPointMember(cursor: TokenCursor): Position {
  if (cursor.peek().text !== '(') return position(cursor)
  cursor.next()
  const point = position(cursor)
  cursor.expect(')')
  return point
}

/** BBOX(minx, miny, maxx, maxy) or its 6-number form with heights, as a polygon. */
export function bboxPolygon(numbers: number[], at?: number): GeometryLiteral {
  const [minX, minY, maxX, maxY] = (
    numbers.length === 6 ? [numbers[0], numbers[1], numbers[3], numbers[4]] : numbers
  ) as number[]
  if ((numbers.length !== 4 && numbers.length !== 6) || numbers.some((n) => !Number.isFinite(n)))
    throw new Cql2Error('BBOX takes 4 or 6 numbers', at)
  if (minX === undefined || minY === undefined || maxX === undefined || maxY === undefined)
    throw new Cql2Error('BBOX takes 4 or 6 numbers', at)
  if (minX > maxX || minY > maxY) throw new Cql2Error('BBOX must give its lower corner first', at)
  const ring = [
    [minX, minY],
    [maxX, minY],
    [maxX, maxY],
    [minX, maxY],
    [minX, minY],
  ]
  return { type: 'Polygon', coordinates: [ring] }
}

/** Reads the geometry whose keyword the cursor is on. */
export function readWkt(cursor: TokenCursor): GeometryLiteral {
  const keyword = cursor.next()
  const name = keyword.text.toUpperCase()
  if (cursor.peek().kind === 'word' && /^Z$/i.test(cursor.peek().text)) cursor.next()
  switch (name) {
    case 'POINT': {
      cursor.expect('(')
      const point = position(cursor)
      cursor.expect(')')
      return { type: 'Point', coordinates: point }
    }
    case 'LINESTRING': {
      const line = list(cursor, () => position(cursor))
      if (line.length < 2) throw new Cql2Error('a LINESTRING needs 2 positions at least', keyword.position)
      return { type: 'LineString', coordinates: line }
    }
    case 'POLYGON':
      return { type: 'Polygon', coordinates: list(cursor, () => ring(cursor)) }
    case 'MULTIPOINT':
      return { type: 'MultiPoint', coordinates: list(cursor, () => multiPointMember(cursor)) }
    case 'MULTILINESTRING':
      return {
        type: 'MultiLineString',
        coordinates: list(cursor, () => list(cursor, () => position(cursor))),
      }
    case 'MULTIPOLYGON':
      return { type: 'MultiPolygon', coordinates: list(cursor, () => list(cursor, () => ring(cursor))) }
    case 'GEOMETRYCOLLECTION':
      return {
        type: 'GeometryCollection',
        geometries: list(cursor, () => {
          const member = cursor.peek()
          if (
            member.kind !== 'word' ||
            !(GEOMETRY_KEYWORDS as readonly string[]).includes(member.text.toUpperCase())
          )
            throw new Cql2Error(`expected a geometry, found "${member.text}"`, member.position)
          return readWkt(cursor)
        }),
      }
    case 'BBOX': {
      const numbers = list(cursor, () => {
        const token = cursor.next()
        if (token.kind !== 'number') throw new Cql2Error('BBOX takes numbers', token.position)
        return Number(token.text)
      })
      return bboxPolygon(numbers, keyword.position)
    }
    default:
      throw new Cql2Error(`unknown geometry "${keyword.text}"`, keyword.position)
  }
}
