import { describe, expect, it } from 'vitest'
import { mayBeAnAddress, searchTerms } from './search-terms.ts'

const terms = (text: string) => searchTerms(text, 10, 0)

describe('searchTerms', () => {
  it('reads "n°", "nº", "no" and "numéro" before a number as nothing', () => {
    for (const text of ['74', 'n° 74', 'N°74', 'nº 74', 'no 74', 'No. 74', 'numéro 74', 'numero 74']) {
      expect(terms(text), text).toMatchObject({ identifier: '74', terrilNumber: '74', componentNumber: '74' })
    }
  })

  it('keeps a word that only starts like "no"', () => {
    expect(terms('Noeux')).toMatchObject({ identifier: 'NOEUX', terrilNumber: null, componentNumber: null })
  })

  it('reads a text that says it is a terril as a terril number only', () => {
    for (const text of ['T074A', 't74a', 'terril 74A', 'Terril n° 74a']) {
      expect(terms(text), text).toMatchObject({
        identifier: null,
        terrilNumber: '74A',
        componentNumber: null,
      })
    }
  })

  it('reads "74A" as a terril number and as an element id', () => {
    expect(terms('74a')).toMatchObject({ identifier: '74A', terrilNumber: '74A', componentNumber: null })
  })

  it('keeps the text as typed for the name search, and the page', () => {
    expect(searchTerms('n° 74', 50, 100)).toMatchObject({ text: 'n° 74', limit: 50, offset: 100 })
  })
})

describe('mayBeAnAddress', () => {
  it('leaves identifiers and very short texts to our own search', () => {
    for (const text of ['74A', 'T074A', 'n° 74', '37B', 'P236', 'Le']) {
      expect(mayBeAnAddress(terms(text)), text).toBe(false)
    }
  })

  it('asks for a street or a place', () => {
    for (const text of ['rue de la gare', '11 rue Jean Jaurès Lens', 'Loos-en-Gohelle']) {
      expect(mayBeAnAddress(terms(text)), text).toBe(true)
    }
  })
})
