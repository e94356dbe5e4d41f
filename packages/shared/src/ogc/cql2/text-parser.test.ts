import { describe, expect, it } from 'vitest'
import { Cql2Error } from './ast.ts'
import { parseCql2Text } from './text-parser.ts'

const property = (name: string) => ({ type: 'property', name })
const text = (value: string) => ({ type: 'string', value })

describe('parseCql2Text', () => {
  it('reads comparisons, with AND binding tighter than OR and NOT tighter than AND', () => {
    expect(parseCql2Text("a = 'x' OR b <> 'y' AND NOT c >= 3")).toEqual({
      type: 'or',
      args: [
        { type: 'comparison', op: '=', left: property('a'), right: text('x') },
        {
          type: 'and',
          args: [
            { type: 'comparison', op: '<>', left: property('b'), right: text('y') },
            {
              type: 'not',
              arg: { type: 'comparison', op: '>=', left: property('c'), right: { type: 'number', value: 3 } },
            },
          ],
        },
      ],
    })
  })

  it('reads parentheses, keywords in any case, quoted names and doubled quotes', () => {
    expect(parseCql2Text(`("nom usuel" = 'l''Escarpelle') and (x IS not NULL)`)).toEqual({
      type: 'and',
      args: [
        { type: 'comparison', op: '=', left: property('nom usuel'), right: text("l'Escarpelle") },
        { type: 'not', arg: { type: 'isNull', value: property('x') } },
      ],
    })
  })

  it('reads LIKE, ILIKE, IN, BETWEEN and their negations', () => {
    expect(parseCql2Text("n NOT LIKE 'a%'")).toMatchObject({
      type: 'not',
      arg: { type: 'like', caseInsensitive: false },
    })
    expect(parseCql2Text("n ILIKE 'a%'")).toMatchObject({ type: 'like', caseInsensitive: true })
    expect(parseCql2Text("n IN ('a', 'b')")).toMatchObject({ type: 'in', list: [text('a'), text('b')] })
    expect(parseCql2Text('n NOT IN (1, -2.5e1)')).toMatchObject({
      type: 'not',
      arg: { type: 'in', list: [{ value: 1 }, { value: -25 }] },
    })
    expect(parseCql2Text('y BETWEEN 1850 AND 1900')).toMatchObject({
      type: 'between',
      low: { value: 1850 },
      high: { value: 1900 },
    })
  })

  it('reads spatial functions with WKT and BBOX literals', () => {
    expect(parseCql2Text('S_INTERSECTS(geometry, POINT(2.5 50.4))')).toEqual({
      type: 'spatial',
      op: 's_intersects',
      left: property('geometry'),
      right: { type: 'geometry', geometry: { type: 'Point', coordinates: [2.5, 50.4] } },
    })
    expect(parseCql2Text('s_within(geometry, BBOX(2, 50, 3, 51))')).toMatchObject({
      op: 's_within',
      right: {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [2, 50],
              [3, 50],
              [3, 51],
              [2, 51],
              [2, 50],
            ],
          ],
        },
      },
    })
    expect(parseCql2Text('S_INTERSECTS(geometry, MULTIPOINT((1 2), (3 4)))')).toMatchObject({
      right: {
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [1, 2],
            [3, 4],
          ],
        },
      },
    })
    expect(
      parseCql2Text('S_INTERSECTS(geometry, GEOMETRYCOLLECTION(POINT(1 2), LINESTRING(0 0, 1 1)))'),
    ).toMatchObject({
      right: {
        geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point' }, { type: 'LineString' }] },
      },
    })
  })

  it('reads temporal functions with DATE, TIMESTAMP and INTERVAL, open ends included', () => {
    expect(parseCql2Text("T_INTERSECTS(datetime, INTERVAL('1950-01-01', '..'))")).toMatchObject({
      type: 'temporal',
      op: 't_intersects',
      right: { type: 'interval', start: '1950-01-01', end: null },
    })
    expect(parseCql2Text("t_before(d, TIMESTAMP('2020-01-01T00:00:00Z'))")).toMatchObject({
      right: { type: 'instant', precision: 'timestamp', value: '2020-01-01T00:00:00Z' },
    })
  })

  it('reads CASEI and boolean literals', () => {
    expect(parseCql2Text("CASEI(n) = casei('ABC')")).toMatchObject({
      left: { type: 'casei', arg: property('n') },
      right: { type: 'casei', arg: text('ABC') },
    })
    expect(parseCql2Text('TRUE')).toEqual({ type: 'literal', value: true })
    expect(parseCql2Text('b = false')).toMatchObject({ right: { type: 'boolean', value: false } })
  })

  it.each([
    ['', /empty/],
    ["a = 'x' AND", /position 12: expected a value or a property, found the end/],
    ["a = 'x", /position 5: unterminated string/],
    ["(a = 'x'", /position 9: expected "\)"/],
    ['a ~ 1', /position 3: unexpected character "~"/],
    ['a', /position 2: expected a comparison/],
    ["a = 'x' b", /position 9: unexpected "b"/],
    ['S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 0 0)))', /polygon ring/],
    ['S_INTERSECTS(geometry, POINT(1))', /2 or 3 numbers/],
    ['S_INTERSECTS(geometry, BBOX(3, 50, 2, 51))', /lower corner first/],
    ["FOO(a) = 'x'", /unknown function "FOO"/],
    ['AND = 1', /position 1: expected a value or a property, found "AND"/],
  ])('refuses %j where it goes wrong', (filter, message) => {
    expect(() => parseCql2Text(filter)).toThrow(Cql2Error)
    expect(() => parseCql2Text(filter)).toThrow(message)
  })
})
