import { describe, expect, it } from 'vitest'
import { findCollection } from '../catalog/collections.ts'
import { EPSG_2154, EPSG_4326 } from './crs.ts'
import { itemsQuerySchema } from './items-query.ts'

const terrils = itemsQuerySchema(findCollection('terrils')!)
const shafts = itemsQuerySchema(findCollection('puits-de-mines')!)
const components = itemsQuerySchema(findCollection('bien-inscrit-composantes')!)

/** The reasons a query gets, by parameter name. */
function reasons(schema: typeof terrils, query: Record<string, unknown>): Record<string, string[]> {
  const result = schema.safeParse(query)
  expect(result.success).toBe(false)
  const byName: Record<string, string[]> = {}
  for (const issue of result.error?.issues ?? []) {
    const names = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0])]
    for (const name of names) (byName[name] ??= []).push(issue.message)
  }
  return byName
}

describe('itemsQuerySchema', () => {
  it('gives the paging defaults and CRS84 to an empty query', () => {
    expect(terrils.parse({})).toMatchObject({ limit: 100, offset: 0, sortby: [], filters: [] })
  })

  it('reads every filter kind: text, enum, integer within its column, boolean', () => {
    expect(terrils.parse({ nom: 'Pinchonvalles', classement_2016: 'en partie' }).filters).toEqual([
      expect.objectContaining({ value: 'Pinchonvalles' }),
      expect.objectContaining({ value: 'en partie' }),
    ])
    expect(components.parse({ numero_section: '-3' }).filters[0]?.value).toBe(-3)
    expect(reasons(terrils, { classement_2016: 'certain' }).classement_2016?.[0]).toMatch(/must be one of/)
    expect(reasons(shafts, { annee_creusement: '2147483648' }).annee_creusement?.[0]).toMatch(
      /from -2147483648 to 2147483647/,
    )
    expect(reasons(shafts, { annee_creusement: '1.5' }).annee_creusement).toHaveLength(1)
  })

  it('holds limit and offset to their bounds', () => {
    expect(terrils.parse({ limit: '10000', offset: '20' })).toMatchObject({ limit: 10000, offset: 20 })
    expect(reasons(terrils, { limit: '0' }).limit?.[0]).toMatch(/from 1 to 10000/)
    expect(reasons(terrils, { limit: ['5', '6'] }).limit?.[0]).toMatch(/given once/)
    expect(Object.keys(reasons(terrils, { offset: '-1' }))).toEqual(['offset'])
  })

  it('reads a bbox in its CRS, latitude first in EPSG:4326, with 6 numbers too', () => {
    expect(terrils.parse({ bbox: '2.9,50.3,3.1,50.5' }).bbox).toMatchObject({ minX: 2.9, maxY: 50.5 })
    expect(terrils.parse({ bbox: '50.3,2.9,50.5,3.1', 'bbox-crs': EPSG_4326 }).bbox).toMatchObject({
      minX: 2.9,
      minY: 50.3,
    })
    expect(terrils.parse({ bbox: '2.9,50.3,0,3.1,50.5,100' }).bbox).toMatchObject({ maxX: 3.1 })
    expect(terrils.parse({ bbox: '680000,7000000,700000,7050000', 'bbox-crs': 'EPSG:2154' }).bbox?.crs).toBe(
      EPSG_2154,
    )
    expect(reasons(terrils, { bbox: '3.2,50.4,3.1,50.3' }).bbox?.[0]).toMatch(/lower corner/)
    expect(reasons(terrils, { bbox: '3,50,4,51', 'bbox-crs': 'EPSG:2154' }).bbox?.[0]).toMatch(/Lambert-93/)
  })

  it('reads datetime as an instant or an open or closed interval, on dated collections only', () => {
    expect(shafts.parse({ datetime: '1900-01-01' }).datetime).toEqual({
      start: '1900-01-01',
      end: '1900-01-01',
    })
    expect(shafts.parse({ datetime: '../1900-01-01' }).datetime).toEqual({ start: null, end: '1900-01-01' })
    expect(shafts.parse({ datetime: '1900-01-01T00:00:00Z/..' }).datetime?.end).toBeNull()
    expect(reasons(shafts, { datetime: '1900-02-30' }).datetime).toHaveLength(1)
    expect(reasons(shafts, { datetime: '1950-01-01/1900-01-01' }).datetime?.[0]).toMatch(/end before/)
    expect(reasons(terrils, { datetime: '1900-01-01' }).datetime?.[0]).toMatch(/has no dates/)
  })

  it('names each unknown parameter, and what the collection accepts', () => {
    const byName = reasons(terrils, { colour: 'red', hauteur: '3' })
    expect(Object.keys(byName).sort()).toEqual(['colour', 'hauteur'])
    expect(byName.colour?.[0]).toMatch(/this collection accepts .*classement_2016/)
  })
})
