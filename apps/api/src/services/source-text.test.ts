import { SOURCE_FILES, sourceSentence } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { sourceText, withSourceText, withSourceTexts } from './source-text.ts'

describe('source text for exports and HTML (issue 12)', () => {
  it('writes a source id in full and keeps any other value', () => {
    expect(sourceText('puits')).toBe(sourceSentence(SOURCE_FILES.puits))
    expect(sourceText('Fondation du patrimoine — https://example.org')).toBe(
      'Fondation du patrimoine — https://example.org',
    )
    expect(sourceText(null)).toBeNull()
  })

  it('touches only the source property', () => {
    expect(withSourceText({ nom: 'batis', source: 'batis' })).toEqual({
      nom: 'batis',
      source: sourceSentence(SOURCE_FILES.batis),
    })
    const without = { nom: 'x' }
    expect(withSourceText(without)).toBe(without)
  })

  it('rewrites export rows as they pass', async () => {
    async function* rows() {
      yield { id: '1', properties: { source: 'epci' } }
      yield { id: '2', properties: { source: null } }
    }
    const out = []
    for await (const row of withSourceTexts(rows())) out.push(row)
    expect(out).toEqual([
      { id: '1', properties: { source: sourceSentence(SOURCE_FILES.epci) } },
      { id: '2', properties: { source: null } },
    ])
  })
})
