import { describe, expect, it } from 'vitest'
import { otherLanguage, parseLanguage } from './languages.ts'

describe('parseLanguage', () => {
  it('keeps a known language', () => {
    expect(parseLanguage('en')).toBe('en')
    expect(parseLanguage('fr')).toBe('fr')
  })

  it('falls back to French for anything else', () => {
    for (const value of [null, undefined, '', 'de', 'EN', 'toString', 42])
      expect(parseLanguage(value)).toBe('fr')
  })
})

describe('otherLanguage', () => {
  it('offers English from French and French from English', () => {
    expect(otherLanguage('fr')).toBe('en')
    expect(otherLanguage('en')).toBe('fr')
  })
})
