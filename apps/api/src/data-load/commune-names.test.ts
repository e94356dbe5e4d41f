import { describe, expect, it } from 'vitest'
import { createCommuneMatcher, normalizeCommuneName } from './commune-names.ts'

describe('normalizeCommuneName', () => {
  it('ignores case, accents, ligatures and lès/lez', () => {
    expect(normalizeCommuneName('Nœux-Les-Mines')).toBe(normalizeCommuneName('NOEUX-LES-MINES'))
    expect(normalizeCommuneName('Flines-lez-Raches')).toBe(normalizeCommuneName('Flines-les-Râches'))
    expect(normalizeCommuneName("CONDE-SUR-L'ESCAUT")).toBe(normalizeCommuneName('Condé-sur-l’Escaut'))
  })

  it('keeps different communes apart', () => {
    expect(normalizeCommuneName('Enquin-lez-Guinegatte')).not.toBe(normalizeCommuneName('Enquin-les-Mines'))
  })
})

describe('createCommuneMatcher', () => {
  const matcher = createCommuneMatcher(
    [
      { insee: '62035', nom: 'Annay' },
      { insee: '59234', nom: 'Flines-lez-Raches' },
    ],
    new Map([['ANNAY-sous-LENS', 'Annay']]),
  )

  it('matches spellings and documented aliases', () => {
    expect(matcher.match('FLINES-LES-RACHES')?.insee).toBe('59234')
    expect(matcher.match('ANNAY-sous-LENS')?.insee).toBe('62035')
  })

  it('returns undefined outside the layer', () => {
    expect(matcher.match('Bours')).toBeUndefined()
  })

  it('refuses a layer with two communes of the same name', () => {
    expect(() =>
      createCommuneMatcher([
        { insee: '1', nom: 'A' },
        { insee: '2', nom: 'a' },
      ]),
    ).toThrow(/two communes/)
  })
})
