import { describe, expect, it } from 'vitest'
import { COLLECTIONS } from './collections.ts'
import { findSource, SOURCE_FILES, sourceSentence } from './sources.ts'

describe('source ids (issue 12)', () => {
  it('are unique, short and URL-safe', () => {
    const ids = Object.values(SOURCE_FILES).map((source) => source.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(24)
  })

  it('resolve to their source, and nothing else does', () => {
    for (const source of Object.values(SOURCE_FILES)) expect(findSource(source.id)).toBe(source)
    expect(findSource('Pas-de-Calais Tourisme — Les 5 grands sites miniers')).toBeUndefined()
    expect(findSource('constructor')).toBeUndefined()
  })

  it('give back the sentence features carried before', () => {
    expect(sourceSentence(SOURCE_FILES.grandsSites)).toBe(
      'Pas-de-Calais Tourisme — Les 5 grands sites miniers — https://pas-de-calais-tourisme.com/espaces-naturels/les-terrils-jumeaux',
    )
  })

  it('are all among the sources of the collections that use them', () => {
    const listed = new Set(COLLECTIONS.flatMap((collection) => collection.sources.map((source) => source.id)))
    for (const source of Object.values(SOURCE_FILES)) expect(listed, source.id).toContain(source.id)
  })
})
