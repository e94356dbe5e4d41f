import { COLLECTIONS, findSource, sourceSentence } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'

// Issue #11 §7: what users read names a source by its producer, dataset and link, never by the file of
// data/ the loader read it from, and the seeds' notes reach French readers in French.

const server = useTestApp()
const INTERNAL_PATH = /data\/(raw|seeds)\//

const get = async (url: string) => {
  const response = await server.app.inject({ url })
  expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200)
  return response.body
}

describe('user-facing answers', () => {
  it('show no internal path of data/ in any feature of any collection', async () => {
    for (const collection of COLLECTIONS) {
      const body = await get(`/collections/${collection.id}/items?limit=10000`)
      expect(body.match(INTERNAL_PATH)?.[0], collection.id).toBeUndefined()
      // Every source is still named: a short id the catalogue describes (issue 12), or a sentence with its link.
      const features = (JSON.parse(body) as { features: { properties: { source?: unknown } }[] }).features
      for (const feature of features.filter((feature) => typeof feature.properties.source === 'string')) {
        const value = String(feature.properties.source)
        if (!findSource(value)) expect(value, collection.id).toMatch(/ — https?:\/\//)
      }
    }
  })

  it('show no internal path in a record’s context, its printable sheet or the search', async () => {
    for (const url of [
      '/collections/terrils/items/74A/context',
      '/collections/grands-sites/items/63AE/context',
      '/sheets/terrils/74A',
      '/sheets/grands-sites/63AE',
      '/search?q=74A',
      '/collections',
    ])
      expect((await get(url)).match(INTERNAL_PATH)?.[0], url).toBeUndefined()
  })

  it('give the seeds’ notes in French: a grand site’s name and source, an endangered site’s reason', async () => {
    const major = JSON.parse(await get('/collections/grands-sites/items/63AE')) as {
      properties: { nom: string; source: string }
    }
    expect(major.properties.nom).toBe('Base 11/19 (Fosse 11-19) et terrils jumeaux 74/74A')
    const source = findSource(major.properties.source)
    expect(source && sourceSentence(source)).toBe(
      'Pas-de-Calais Tourisme — Les 5 grands sites miniers — https://pas-de-calais-tourisme.com/espaces-naturels/les-terrils-jumeaux',
    )
    const atRisk = JSON.parse(await get('/collections/sites-en-danger/items?limit=100')) as {
      features: { properties: { motif: string } }[]
    }
    expect(atRisk.features).toHaveLength(11)
    for (const feature of atRisk.features)
      expect(feature.properties.motif).not.toMatch(/\b(list|and|of|the|built|since|leaflet)\b/)
  })
})
