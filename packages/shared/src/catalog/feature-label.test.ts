import { describe, expect, it } from 'vitest'
import { featureLabel, type FeatureLabelWords } from './feature-label.ts'

const english: FeatureLabelWords = {
  shaft: (puits, fosse) => `Shaft ${puits}, pit ${fosse}`,
  pit: (fosse) => `Pit ${fosse}`,
  terril: (numero) => `Spoil tip ${numero}`,
  numbered: (title, id) => `${title} ${id}`,
}

describe('featureLabel', () => {
  it('uses the name when there is one', () => {
    expect(featureLabel('Terrils', '74A', { nom: ' 11/19 de Lens Ouest ', numero: '74A' })).toBe(
      '11/19 de Lens Ouest',
    )
  })

  it('reads the other name columns in order when `nom` is empty', () => {
    expect(featureLabel('Terrils', '1', { nom: '', nom_usuel: 'Les Argales', numero: '1' })).toBe(
      'Les Argales',
    )
    expect(featureLabel('Cités', 'C1', { nom: null, nom_2: 'Cité Bruno' })).toBe('Cité Bruno')
  })

  it('names a site classé or inscrit by its nomgen', () => {
    expect(featureLabel('Sites', '2691', { nomgen: "LE PAVE D'ARENBERG" })).toBe("LE PAVE D'ARENBERG")
  })

  it('names a shaft by its number and pit, and a building by its pit', () => {
    expect(featureLabel('Puits', 'P003', { puits: '7', fosse: 'Bonnel' })).toBe('Puits 7, fosse Bonnel')
    expect(featureLabel('Puits', 'P004', { puits: 8 })).toBe('Puits 8, fosse ?')
    expect(featureLabel('Bâtis', 'B1', { fosse: 'Delloye' })).toBe('Fosse Delloye')
  })

  it('names an unnamed terril by its number', () => {
    expect(featureLabel('Terrils', '74A', { nom: '', numero: '74A' })).toBe('Terril 74A')
    expect(featureLabel('Bien inscrit : terrils', '63AG', { numero_terril: '74A' })).toBe('Terril 74A')
  })

  it('falls back to the collection title and the id', () => {
    expect(featureLabel('Zone tampon', '3', {})).toBe('Zone tampon 3')
    expect(featureLabel('Zone tampon', '3', { nom: null })).toBe('Zone tampon 3')
  })

  it('speaks the language it is given', () => {
    expect(featureLabel('Spoil tips', '74A', { numero: '74A' }, english)).toBe('Spoil tip 74A')
    expect(featureLabel('Shafts', 'P3', { puits: '7', fosse: 'Bonnel' }, english)).toBe('Shaft 7, pit Bonnel')
  })
})
