import { type FeatureSearchResult, SearchResponseSchema, type SearchResult } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()

const search = async (query: string) => {
  const response = await server.app.inject({ url: `/search?${query}` })
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['content-type']).toMatch(/^application\/json/)
  return SearchResponseSchema.parse(response.json())
}

const problem = async (query: string) => {
  const response = await server.app.inject({ url: `/search?${query}` })
  expect(response.statusCode, response.body).toBe(400)
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  return response.json() as { 'invalid-params': { name: string; reason: string }[] }
}

/** Our sites only: without an address service configured, every result is one. */
const sites = (results: SearchResult[]): FeatureSearchResult[] =>
  results.map((result) => {
    if (result.type !== 'feature') throw new Error(`unexpected address ${result.label}`)
    return result
  })
const keys = (results: SearchResult[]) => sites(results).map((result) => `${result.collection}/${result.id}`)

describe('GET /search', () => {
  it('finds Fosse Delloye as one site (its grand site and its UNESCO element) and the commune for "Lewarde"', async () => {
    const body = await search('q=Lewarde')
    expect(body.query).toBe('Lewarde')
    expect(body.addressService).toBe('off')
    expect(keys(body.results)).toEqual(expect.arrayContaining(['grands-sites/23', 'communes/59345']))
    // One real site, one result: the element is a role of the grand site, not a result of its own.
    expect(keys(body.results)).not.toContain('bien-inscrit-elements/23')
    // The commune and the grand site (Centre Historique Minier de Lewarde) are both name matches.
    expect(body.results[0]).toMatchObject({
      collection: 'communes',
      matchedOn: 'nom',
      detail: 'Commune · Nord',
    })
    const site = sites(body.results).find((result) => result.collection === 'grands-sites')
    expect(site).toMatchObject({
      matchedOn: 'nom',
      detail: 'Grand site minier · Lewarde',
      roles: [
        { collection: 'grands-sites', id: '23' },
        { collection: 'bien-inscrit-elements', id: '23' },
      ],
    })
    expect(site?.label).toMatch(/Delloye/)
    const [minX, minY, maxX, maxY] = site?.bbox ?? []
    expect(minX).toBeLessThanOrEqual(maxX ?? 0)
    expect(minY).toBeLessThanOrEqual(maxY ?? 0)
    expect([minX, minY]).toEqual([expect.closeTo(3.17, 1), expect.closeTo(50.33, 1)])
  })

  it('lists an endangered site and its UNESCO element as one site', async () => {
    const { results } = await search('q=salle%20des%20pendus&limit=20')
    const site = sites(results).find((result) => result.collection === 'sites-en-danger')
    expect(site?.roles[0]).toEqual({ collection: 'sites-en-danger', id: site?.id })
    expect(site?.roles.slice(1)).toContainEqual({ collection: 'bien-inscrit-elements', id: '63L' })
    expect(keys(results)).not.toContain('bien-inscrit-elements/63L')
  })

  it('ranks identifiers, then names, then communes', async () => {
    const order = { identifiant: 0, nom: 1, commune: 2 }
    for (const q of ['23', 'Lens', 'cite']) {
      const ranks = sites((await search(`q=${q}&limit=50`)).results).map((result) => order[result.matchedOn])
      expect(ranks, q).toEqual([...ranks].sort((a, b) => a - b))
    }
  })

  it('puts terril 74A first for every spelling of its number, with its UNESCO element as one site', async () => {
    for (const q of ['74A', '74a', 'T074A', 't74a', '074A', 'n° 74A', 'terril 74A']) {
      const { results } = await search(`q=${encodeURIComponent(q)}`)
      expect(results[0], q).toMatchObject({
        collection: 'terrils',
        id: '74A',
        matchedOn: 'identifiant',
        roles: [
          { collection: 'terrils', id: '74A' },
          { collection: 'bien-inscrit-elements', id: '63AG' },
        ],
      })
      expect(keys(results), q).not.toContain('bien-inscrit-elements/63AG')
    }
  })

  it('puts element 37B first, whatever the case', async () => {
    for (const q of ['37B', '37b']) {
      const { results } = await search(`q=${q}`)
      expect(results[0], q).toMatchObject({
        collection: 'bien-inscrit-elements',
        id: '37B',
        matchedOn: 'identifiant',
      })
    }
  })

  it('finds a component by its number', async () => {
    const { results } = await search('q=63')
    expect(keys(results)).toContain('bien-inscrit-composantes/63')
  })

  it('ignores case, accents, œ, hyphens and apostrophes', async () => {
    const plain = await search('q=loos%20en%20gohelle&limit=50')
    expect(plain.results[0]).toMatchObject({ collection: 'communes', id: '62528', label: 'Loos-en-Gohelle' })
    expect(
      plain.results.filter((result) => result.detail.includes('Loos-en-Gohelle')).length,
    ).toBeGreaterThan(10)
    const hyphenated = await search('q=LOOS-EN-GOHELLE&limit=50')
    expect(keys(hyphenated.results)).toEqual(keys(plain.results))
    expect(keys((await search('q=lievin')).results)).toContain('communes/62510')
    expect(keys((await search('q=noeux%20les%20mines')).results)).toContain('communes/62617')
    expect(keys((await search('q=ecole%20de%20la%20solitude')).results)).toContain(
      'bien-inscrit-elements/33B',
    )
    // Element 39B is a terril of the property: it comes as a role of its terril (one site, two records).
    const oignies = sites((await search('q=d%E2%80%99Oignies')).results)
    expect(oignies.flatMap((result) => result.roles)).toContainEqual({
      collection: 'bien-inscrit-elements',
      id: '39B',
    })
  })

  it('finds the sites classés and inscrits by name, accents and apostrophes folded', async () => {
    const lorette = await search('q=Notre-Dame-de-Lorette')
    expect(lorette.results[0]).toMatchObject({
      collection: 'sites-classes-inscrits',
      label: expect.stringMatching(/NOTRE-DAME-DE-LORETTE/),
      detail: expect.stringMatching(/^Site classé/),
    })
    const arenberg = await search('q=Pav%C3%A9%20d%E2%80%99Arenberg')
    expect(keys(arenberg.results)).toContain('sites-classes-inscrits/2691')
    const chain = await search('q=cha%C3%AEne%20des%20terrils')
    expect(chain.results.length).toBeGreaterThan(0)
    expect(sites(chain.results).every((result) => result.collection === 'sites-classes-inscrits')).toBe(true)
    expect(chain.results[0]?.detail).toMatch(/chaîne des terrils, 2016/)
  })

  it('finds mine shafts by fosse', async () => {
    const { results } = await search('q=Delloye&limit=20')
    expect(keys(results)).toEqual(expect.arrayContaining(['puits-de-mines/P236', 'puits-de-mines/P237']))
  })

  it('returns at most `limit` results, 10 by default', async () => {
    const first = await search('q=cite')
    expect(first.results).toHaveLength(10)
    expect(first.total).toBeGreaterThan(50)
    expect(first.nextOffset).toBe(10)
    expect((await search('q=cite&limit=3')).results).toHaveLength(3)
    expect((await search('q=cite&limit=50')).results).toHaveLength(50)
    const none = await search('q=zzzz')
    expect(none).toMatchObject({ results: [], total: 0, nextOffset: null })
    // A text that folds to nothing matches no name (rather than every one).
    expect((await search('q=-')).results).toEqual([])
  })

  it('refuses a missing or empty q, a bad limit and unknown parameters, naming them', async () => {
    expect((await problem(''))['invalid-params'].map((param) => param.name)).toEqual(['q'])
    expect((await problem('q='))['invalid-params']).toEqual([{ name: 'q', reason: 'must not be empty' }])
    expect((await problem('q=%20%20'))['invalid-params'][0]?.name).toBe('q')
    expect((await problem(`q=${'x'.repeat(101)}`))['invalid-params'][0]?.name).toBe('q')
    for (const limit of ['0', '51', 'abc', '2.5']) {
      expect((await problem(`q=lens&limit=${limit}`))['invalid-params'][0]?.name, limit).toBe('limit')
    }
    for (const offset of ['-1', 'abc', '1.5']) {
      expect((await problem(`q=lens&offset=${offset}`))['invalid-params'][0]?.name, offset).toBe('offset')
    }
    const unknown = await problem('q=lens&bbox=1,2,3,4&sort=name')
    expect(unknown['invalid-params'].map((param) => param.name).sort()).toEqual(['bbox', 'sort'])
    expect((await problem('q=lens&q=lewarde'))['invalid-params'][0]?.name).toBe('q')
  })
})
