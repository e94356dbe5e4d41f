import { CRS84, EPSG_2154, readCql2Filter } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { type Cql2Columns, cql2Condition } from './cql2.sql.ts'

const queryables = {
  nom: 'string',
  communes: 'string[]',
  annee: 'integer',
  geometry: 'geometry',
  periode: 'temporal',
} as const
const COLUMNS: Cql2Columns = {
  queryables,
  scalar: (name) => `"${name}"`,
  temporal: () => ({ start: 'debut', end: 'fin', present: '(debut IS NOT NULL)' }),
  geometry: 'geom',
}

const build = (filter: string, crs: typeof CRS84 | typeof EPSG_2154 = CRS84) => {
  const values: unknown[] = []
  const sql = cql2Condition(readCql2Filter(filter, 'cql2-text', queryables, crs), COLUMNS, (value) => {
    values.push(value)
    return `$${values.length}`
  })
  return { sql, values }
}

describe('cql2Condition', () => {
  it('sends every value as a parameter, never in the SQL text', () => {
    const { sql, values } = build("nom = 'x''); DROP TABLE terril; --' OR annee IN (1, 2)")
    expect(sql).toBe('(("nom" = $1::text) OR ("annee" IN ($2::double precision, $3::double precision)))')
    expect(values).toEqual(["x'); DROP TABLE terril; --", 1, 2])
  })

  it('matches a list property element by element', () => {
    expect(build("communes LIKE 'Loos%'").sql).toBe(
      'EXISTS (SELECT 1 FROM unnest("communes") AS element WHERE element LIKE $1::text)',
    )
  })

  it('moves a geometry literal to the storage CRS, never the column', () => {
    const { sql, values } = build('S_WITHIN(geometry, POINT(684000 7036000))', EPSG_2154)
    expect(sql).toBe('(ST_Within(geom, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1::text), 2154), 4326)))')
    expect(JSON.parse(values[0] as string)).toEqual({ type: 'Point', coordinates: [684000, 7036000] })
  })

  it('compares day spans, requiring the feature to have a date', () => {
    expect(build("T_BEFORE(periode, DATE('1900-01-01'))").sql).toBe(
      '((debut IS NOT NULL) AND fin < ($1)::date)',
    )
    expect(build("T_INTERSECTS(periode, INTERVAL('..', '1900-01-01T00:00:00Z'))").sql).toBe(
      "((debut IS NOT NULL) AND debut <= (($1)::timestamptz AT TIME ZONE 'UTC')::date AND fin >= '-infinity'::date)",
    )
  })
})
