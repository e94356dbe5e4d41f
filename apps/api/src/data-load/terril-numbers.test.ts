import { describe, expect, it } from 'vitest'
import { terrilNumber, terrilsInView } from './terril-numbers.ts'

describe('terrilNumber', () => {
  it('drops the T and leading zeros and upper-cases the suffix', () => {
    expect(terrilNumber('T074a')).toBe('74A')
    expect(terrilNumber('T001')).toBe('1')
    expect(terrilNumber('T260')).toBe('260')
  })

  it('refuses what is not a terril id', () => {
    expect(() => terrilNumber('Chevalement 9')).toThrow(/terril id/)
  })
})

describe('terrilsInView', () => {
  it('reads lists, twin pairs and ignores other landmarks', () => {
    expect(terrilsInView('T045, T042, T049, T058, T058a, Terrils 11/19 Loos-en-Gohelle')).toEqual([
      '45',
      '42',
      '49',
      '58',
      '58A',
    ])
    expect(terrilsInView('T116-117')).toEqual(['116', '117'])
    expect(terrilsInView('Fosse Lewarde')).toEqual([])
    expect(terrilsInView(null)).toEqual([])
  })
})
