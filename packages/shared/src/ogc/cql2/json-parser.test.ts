import { describe, expect, it } from 'vitest'
import { CRS84, EPSG_2154, EPSG_4326, type SupportedCrs } from '../crs.ts'
import { Cql2Error } from './ast.ts'
import { readCql2Filter } from './index.ts'
import { parseCql2Json } from './json-parser.ts'
import { parseCql2Text } from './text-parser.ts'

const json = (value: unknown) => parseCql2Json(JSON.stringify(value))

describe('parseCql2Json', () => {
  it('reads the same tree as the text encoding', () => {
    expect(
      json({
        op: 'and',
        args: [
          { op: '=', args: [{ property: 'numero' }, '74A'] },
          { op: 'not', args: [{ op: 'isNull', args: [{ property: 'nom' }] }] },
          { op: 'in', args: [{ property: 'zone' }, ['a', 'b']] },
          { op: 'between', args: [{ property: 'y' }, 1850, 1900] },
          {
            op: 'like',
            args: [
              { op: 'casei', args: [{ property: 'nom' }] },
              { op: 'casei', args: ['%x%'] },
            ],
          },
        ],
      }),
    ).toEqual(
      parseCql2Text(
        "numero = '74A' AND NOT nom IS NULL AND zone IN ('a', 'b') AND y BETWEEN 1850 AND 1900 AND CASEI(nom) LIKE CASEI('%x%')",
      ),
    )
  })

  it('reads GeoJSON geometries, bbox, dates and intervals', () => {
    expect(
      json({
        op: 's_intersects',
        args: [{ property: 'geometry' }, { type: 'Point', coordinates: [2.5, 50.4] }],
      }),
    ).toEqual(parseCql2Text('S_INTERSECTS(geometry, POINT(2.5 50.4))'))
    expect(json({ op: 's_within', args: [{ property: 'geometry' }, { bbox: [2, 50, 3, 51] }] })).toEqual(
      parseCql2Text('S_WITHIN(geometry, BBOX(2, 50, 3, 51))'),
    )
    expect(json({ op: 't_during', args: [{ property: 'd' }, { interval: ['2020-01-01', '..'] }] })).toEqual(
      parseCql2Text("T_DURING(d, INTERVAL('2020-01-01', '..'))"),
    )
    expect(json({ op: 't_after', args: [{ property: 'd' }, { timestamp: '2020-01-01T00:00:00Z' }] })).toEqual(
      parseCql2Text("T_AFTER(d, TIMESTAMP('2020-01-01T00:00:00Z'))"),
    )
  })

  it.each([
    ['{', /not JSON/],
    [JSON.stringify({ op: 'xor', args: [] }), /\$\.op: unsupported operator "xor"/],
    [JSON.stringify({ op: '=', args: [{ property: 'a' }] }), /\$\.args: "=" takes 2 arguments/],
    [JSON.stringify({ op: 'and', args: [true] }), /takes 2 arguments at least/],
    [JSON.stringify({ op: 'in', args: [{ property: 'a' }, []] }), /\$\.args\[1\]: expected a non-empty list/],
    [JSON.stringify({ op: '=', args: [{ property: 'a' }, null] }), /\$\.args\[1\]: expected a value/],
    [
      JSON.stringify({
        op: 's_intersects',
        args: [
          { property: 'g' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [0, 0],
              ],
            ],
          },
        ],
      }),
      /polygon ring/,
    ],
    [
      JSON.stringify({
        op: 's_intersects',
        args: [{ property: 'g' }, { type: 'Circle', coordinates: [0, 0] }],
      }),
      /unsupported geometry type "Circle"/,
    ],
  ])('refuses %s naming the path', (filter, message) => {
    expect(() => parseCql2Json(filter)).toThrow(Cql2Error)
    expect(() => parseCql2Json(filter)).toThrow(message)
  })
})

describe('readCql2Filter holds a filter to the queryables', () => {
  const queryables = {
    n: 'string',
    list: 'string[]',
    y: 'integer',
    g: 'geometry',
    d: 'temporal',
    b: 'boolean',
  } as const
  const read = (filter: string, crs: SupportedCrs = CRS84) =>
    readCql2Filter(filter, 'cql2-text', queryables, crs)

  it('accepts names and types that fit', () => {
    expect(
      read("n = 'x' AND y > 3 AND b = TRUE AND list = 'a' AND T_BEFORE(d, DATE('2020-02-29'))").crs,
    ).toBe(CRS84)
    expect(read('S_INTERSECTS(g, POINT(684000 7036000))', EPSG_2154).crs).toBe(EPSG_2154)
  })

  it.each([
    ["z = 'x'", /"z" is not a queryable of this collection; queryables: n, list, y, g, d, b/],
    ["y = 'x'", /one type, got number and string/],
    ["'x' = list", /is a list/],
    ["y LIKE 'x'", /LIKE compares a text/],
    ["n BETWEEN 'a' AND 'b'", /BETWEEN takes numbers/],
    ["g = 'x'", /does not compare geometries/],
    ["T_BEFORE(n, DATE('2020-01-01'))", /takes two instants or intervals/],
    ["T_BEFORE(d, DATE('2021-02-29'))", /must be a day/],
    ["T_BEFORE(d, TIMESTAMP('2021-02-01T00:00:00'))", /time zone/],
    ['S_INTERSECTS(g, POINT(200 50))', /longitudes within -180\.\.180/],
    ['S_INTERSECTS(n, POINT(2 50))', /takes two geometries/],
    ["CASEI(list) = 'a'", /CASEI takes a text \(not a list\)/],
  ])('refuses %s', (filter, message) => {
    expect(() => read(filter)).toThrow(message)
  })

  it('refuses Lambert-93 coordinates outside its area and reads EPSG:4326 latitude first', () => {
    expect(() => read('S_INTERSECTS(g, POINT(2.8 50.4))', EPSG_2154)).toThrow(/Lambert-93/)
    // Latitude 50.4, longitude 100 in EPSG:4326; read longitude first, 100 would be a latitude.
    expect(() => read('S_INTERSECTS(g, POINT(50.4 100))', EPSG_4326)).not.toThrow()
    expect(() => read('S_INTERSECTS(g, POINT(50.4 100))', CRS84)).toThrow(/latitudes within -90\.\.90/)
  })
})
