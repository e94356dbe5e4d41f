import { CONFORMANCE_CLASSES } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'

// What a wrong filter gets: a 400 problem naming `filter` and what is wrong (and where, in cql2-text).

const server = useTestApp()

const refusal = async (collection: string, parameters: Record<string, string>) => {
  const response = await server.app.inject({
    url: `/collections/${collection}/items?${new URLSearchParams(parameters)}`,
  })
  expect(response.statusCode, response.body).toBe(400)
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  const params = (response.json() as { 'invalid-params'?: { name: string; reason: string }[] })[
    'invalid-params'
  ]
  return params ?? []
}

describe('CQL2 filter refusals', () => {
  it.each([
    ["numero = '74A' AND", /filter/, /position 19.*end of the filter/],
    ['hauteur > 3', /filter/, /"hauteur" is not a queryable.*numero/],
    ['numero = 74', /filter/, /one type.*string and number/],
    ["nom = 'x' OR (zone = 'y'", /filter/, /position 25: expected "\)"/],
    ["numero ~ 'x'", /filter/, /position 8: unexpected character "~"/],
    ['S_INTERSECTS(geometry, POINT(700000 7000000))', /filter/, /longitudes within -180\.\.180/],
    ["T_BEFORE(datetime, DATE('1900-01-01'))", /filter/, /"datetime" is not a queryable/],
    ["FOO(numero) = 'x'", /filter/, /unknown function "FOO"/],
  ])('refuses %s', async (filter, name, reason) => {
    const [param] = await refusal('terrils', { filter })
    expect(param?.name).toMatch(name)
    expect(param?.reason).toMatch(reason)
  })

  it('refuses a cql2-json filter with the JSON path of its problem', async () => {
    const filter = JSON.stringify({
      op: 'and',
      args: [
        { op: '=', args: [{ property: 'numero' }, '1'] },
        { op: 'xor', args: [] },
      ],
    })
    const [param] = await refusal('terrils', { filter, 'filter-lang': 'cql2-json' })
    expect(param).toMatchObject({
      name: 'filter',
      reason: expect.stringMatching(/\$\.args\[1\]\.op: unsupported operator "xor"/),
    })
    const [notJson] = await refusal('terrils', { filter: '{', 'filter-lang': 'cql2-json' })
    expect(notJson?.reason).toMatch(/not JSON/)
  })

  it('refuses a DATE that does not exist and an interval that ends before it starts', async () => {
    const [date] = await refusal('puits-de-mines', { filter: "T_BEFORE(datetime, DATE('1900-02-30'))" })
    expect(date?.reason).toMatch(/DATE\('1900-02-30'\) must be a day/)
    const [interval] = await refusal('puits-de-mines', {
      filter: "T_INTERSECTS(datetime, INTERVAL('1960-01-01', '1950-01-01'))",
    })
    expect(interval?.reason).toMatch(/must not end before it starts/)
  })

  it('refuses an unknown filter-lang and filter-crs by name', async () => {
    const [lang] = await refusal('terrils', { filter: "numero = '1'", 'filter-lang': 'ecql' })
    expect(lang).toMatchObject({ name: 'filter-lang', reason: expect.stringMatching(/cql2-text, cql2-json/) })
    const [crs] = await refusal('terrils', { filter: "numero = '1'", 'filter-crs': 'EPSG:3857' })
    expect(crs?.name).toBe('filter-crs')
  })

  it('declares Part 3 filtering and the CQL2 classes, and lists the temporal queryable of a dated layer', async () => {
    expect(CONFORMANCE_CLASSES).toEqual(
      expect.arrayContaining([
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter',
        'http://www.opengis.net/spec/cql2/1.0/conf/cql2-text',
        'http://www.opengis.net/spec/cql2/1.0/conf/cql2-json',
      ]),
    )
    const response = await server.app.inject({ url: '/collections/puits-de-mines/queryables' })
    expect(Object.keys(response.json().properties)).toEqual(
      expect.arrayContaining(['geometry', 'datetime', 'commune']),
    )
  })
})
