import { describe, expect, it } from 'vitest'
import { featureLabel, type LabelWords } from './feature-label.ts'

const words: LabelWords = {
  shaft: (puits, fosse) => `Puits ${puits}, fosse ${fosse}`,
  terril: (numero) => `Terril ${numero}`,
  numbered: (title, id) => `${title} ${id}`,
}

describe('featureLabel', () => {
  it('uses the name when there is one', () => {
    expect(featureLabel('Terrils', '74A', { nom: ' 11/19 de Lens Ouest ', numero: '74A' }, words)).toBe(
      '11/19 de Lens Ouest',
    )
  })

  it('names a site classé or inscrit by its nomgen', () => {
    expect(featureLabel('Sites', '2691', { nomgen: "LE PAVE D'ARENBERG" }, words)).toBe("LE PAVE D'ARENBERG")
  })

  it('names a shaft by its number and pit', () => {
    expect(featureLabel('Puits', 'P003', { puits: '7', fosse: 'Bonnel' }, words)).toBe(
      'Puits 7, fosse Bonnel',
    )
  })

  it('names an unnamed terril by its number', () => {
    expect(featureLabel('Terrils', '74A', { nom: '', numero: '74A' }, words)).toBe('Terril 74A')
    expect(featureLabel('Bien inscrit : terrils', '63AG', { numero_terril: '74A' }, words)).toBe('Terril 74A')
  })

  it('falls back to the collection title and the id', () => {
    expect(featureLabel('Zone tampon', '3', {}, words)).toBe('Zone tampon 3')
    expect(featureLabel('Zone tampon', '3', { nom: null }, words)).toBe('Zone tampon 3')
  })
})
