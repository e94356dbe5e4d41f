import { type FeatureSearchResult, SearchResponseSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'

// Queries a user typed (issue 11 §2) and the first results they must get, on the real data.

const server = useTestApp()

async function search(
  q: string,
  extra = '',
): Promise<{ results: FeatureSearchResult[]; total: number; nextOffset: number | null }> {
  const response = await server.app.inject({ url: `/search?q=${encodeURIComponent(q)}${extra}` })
  expect(response.statusCode, response.body).toBe(200)
  const body = SearchResponseSchema.parse(response.json())
  const results = body.results.flatMap((result) => (result.type === 'feature' ? [result] : []))
  return { results, total: body.total, nextOffset: body.nextOffset }
}

const key = (result: FeatureSearchResult | undefined) =>
  result ? `${result.collection}/${result.id}` : 'none'

describe('search: a table of queries and their first results', () => {
  it.each([
    ['74A', 'terrils/74A'],
    ['T074A', 'terrils/74A'],
    ['n° 74', 'terrils/74'],
    ['N°74', 'terrils/74'],
    ['numéro 74', 'terrils/74'],
    ['numero 74', 'terrils/74'],
    ['no 74', 'terrils/74'],
    ['Loos-en-Gohelle', 'communes/62528'],
    ['loos en gohelle', 'communes/62528'],
    ['Lievin', 'communes/62510'],
    ['37B', 'bien-inscrit-elements/37B'],
    ['Abattoir Pont Ampère', 'terrils/80'],
  ])('"%s" → %s first', async (q, expected) => {
    expect(key((await search(q)).results[0])).toBe(expected)
  })

  it('lists each terril of the property once, with its UNESCO element as a second role', async () => {
    const { results } = await search('Loos-en-Gohelle', '&limit=50')
    const carried = new Set(results.flatMap((result) => result.roles.slice(1).map((role) => role.id)))
    expect(carried.size).toBeGreaterThan(0)
    for (const result of results) {
      if (result.collection === 'bien-inscrit-elements') expect(carried.has(result.id), result.id).toBe(false)
    }
    const lensEst = results.find((result) => key(result) === 'terrils/74')
    expect(lensEst?.roles).toEqual([
      { collection: 'terrils', id: '74' },
      { collection: 'bien-inscrit-elements', id: '63AF' },
    ])
  })

  it('finds the Abattoir terril by "74A" only as UNESCO element 74A, after terril n° 74A, and never for "T074A"', async () => {
    const plain = await search('74A')
    expect(plain.results.map(key).slice(0, 2)).toEqual(['terrils/74A', 'terrils/80'])
    expect(plain.results[1]?.roles).toContainEqual({ collection: 'bien-inscrit-elements', id: '74A' })
    expect(plain.results[1]?.detail).toMatch(/élément 74A du bien/)
    for (const q of ['T074A', 'terril 74A', 't74a']) {
      const { results } = await search(q)
      expect(results.map(key), q).toEqual(['terrils/74A'])
    }
  })

  it('ranks a name that starts with the text before a word of it, and that before a part of a word', async () => {
    const { results } = await search('Arenberg', '&limit=50')
    const starts = results.findIndex((result) => /^arenberg/i.test(result.label))
    const word = results.findIndex((result) => /.\barenberg/i.test(result.label))
    expect(starts).toBeGreaterThanOrEqual(0)
    if (word >= 0) expect(starts).toBeLessThan(word)
  })

  it('pages through every result with offset, none twice, and says when the last page is reached', async () => {
    const first = await search('cite', '&limit=50')
    expect(first.nextOffset).toBe(50)
    const seen = new Set(first.results.map(key))
    let offset = first.nextOffset
    while (offset !== null) {
      const page = await search('cite', `&limit=50&offset=${offset}`)
      expect(page.total).toBe(first.total)
      for (const result of page.results) {
        expect(seen.has(key(result)), key(result)).toBe(false)
        seen.add(key(result))
      }
      offset = page.nextOffset
    }
    expect(seen.size).toBe(first.total)
  })
})
