import {
  COLLECTIONS,
  CollectionSchema,
  DATA_LICENCE,
  FeatureCollectionSchema,
  SOURCE_FILES,
  sourceSentence,
} from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'

// Issue 12: a feature's `source` is a short id and its collection says once what it stands for. Nothing
// may be lost: every feature's id must resolve, through its own collection's document, to the file the
// loader read it from, whose sentence the feature carried before.

const server = useTestApp()
const S = SOURCE_FILES

/** The file each collection's features come from, as the loader reads them (data-load/*-rows.ts). */
const LOADED_FROM: Record<string, readonly { id: string }[]> = {
  'bien-inscrit-composantes': [S.bienInscrit],
  'bien-inscrit-elements': [S.batis, S.citesMinieres, S.terrils, S.cavaliers, S.espacesNeonaturels],
  'bien-inscrit-batis': [S.batis],
  'bien-inscrit-cites': [S.citesMinieres],
  'bien-inscrit-terrils': [S.terrils],
  'bien-inscrit-cavaliers': [S.cavaliers],
  'bien-inscrit-espaces-neonaturels': [S.espacesNeonaturels],
  'bassin-minier': [S.bassinMinier],
  communes: [S.communes],
  epci: [S.epci],
  departements: [S.departements],
  'sites-classes-inscrits': [S.sitesClassesInscrits],
  terrils: [S.terrils, S.ztTerrils],
  'cites-erbm': [S.citesErbm],
  'cites-minieres-hors-bien': [S.citesMinieres],
  'grands-sites': [S.grandsSites],
  'puits-de-mines': [S.puits],
  'zone-tampon': [S.zoneTampon],
  'zone-tampon-terrils': [S.ztTerrils],
  'zone-tampon-cites': [S.ztCites],
  'zone-tampon-cavaliers': [S.ztCavaliers],
  'zone-tampon-espaces-neonaturels': [S.ztEspaces],
  'zone-tampon-parvis-agricoles': [S.ztParvis],
}

const getJson = async (url: string) => {
  const response = await server.app.inject({ url })
  expect(response.statusCode, url).toBe(200)
  return response.json() as unknown
}

describe('feature provenance (issue 12)', () => {
  it('names on every feature a source its collection document describes in full', async () => {
    for (const collection of COLLECTIONS.filter((c) => c.properties.some((p) => p.name === 'source'))) {
      const document = CollectionSchema.parse(await getJson(`/collections/${collection.id}`))
      const described = new Map(document.sources?.map((source) => [source.id, source]))
      for (const source of document.sources ?? []) expect(source.licence).toEqual(DATA_LICENCE)
      const page = FeatureCollectionSchema.parse(
        await getJson(`/collections/${collection.id}/items?limit=10000`),
      )
      expect(page.features.length, collection.id).toBeGreaterThan(0)
      const seen = new Set<string>()
      for (const feature of page.features) {
        const value = feature.properties.source
        expect(typeof value, `${collection.id}/${feature.id}`).toBe('string')
        if (collection.id === 'sites-en-danger') {
          // Each endangered site keeps its own references (several links per site): not a constant.
          expect(value).toContain(S.sitesEnDanger.url)
          continue
        }
        const source = described.get(String(value))
        expect(source, `${collection.id}/${feature.id}: ${String(value)}`).toBeDefined()
        seen.add(String(value))
        // The full sentence is still there for whoever needs it: the collection gives each of its parts.
        const reference = Object.values(S).find((file) => file.id === value)
        expect(reference && sourceSentence(reference)).toBe(
          `${source?.producer} — ${source?.dataset} — ${source?.url}`,
        )
      }
      if (collection.id !== 'sites-en-danger')
        expect([...seen].sort(), collection.id).toEqual(LOADED_FROM[collection.id]?.map((s) => s.id).sort())
    }
  })

  it('lists the sources in /collections too, and none on the private collections', async () => {
    const body = (await getJson('/collections')) as { collections: { id: string; sources?: unknown[] }[] }
    const terrils = body.collections.find((collection) => collection.id === 'terrils')
    expect(terrils?.sources?.map((source) => (source as { id: string }).id)).toEqual([
      'terrils',
      'zt-terrils',
      'sites-classes-inscrits',
    ])
  })

  it('keeps the sentence in full where the collection document is not at hand: HTML and CSV', async () => {
    const sentence = sourceSentence(S.ztCavaliers)
    const html = await server.app.inject({ url: '/collections/zone-tampon-cavaliers/items/001_01?f=html' })
    expect(html.body).toContain(S.ztCavaliers.dataset)
    const csv = await server.app.inject({ url: '/collections/zone-tampon-cavaliers/items?f=csv&limit=3' })
    expect(csv.statusCode).toBe(200)
    expect(csv.body).toContain(sentence)
    const json = (await getJson('/collections/zone-tampon-cavaliers/items/001_01')) as {
      properties: { source: string }
    }
    expect(json.properties.source).toBe('zt-cavaliers')
  })
})
