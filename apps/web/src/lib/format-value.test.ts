import type { PropertyDefinition } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { formatDistance, formatPropertyValue } from './format-value.ts'

const words = {
  yes: 'Oui',
  no: 'Non',
  empty: '—',
  codedValue: (property: string, value: string) =>
    property === 'zone' && value === 'bien_inscrit' ? 'Bien inscrit' : undefined,
}
const property = (name: string, kind: PropertyDefinition['kind'], unit?: string): PropertyDefinition => ({
  name,
  kind,
  title: { fr: name, en: name },
  ...(unit ? { unit } : {}),
})

describe('formatPropertyValue', () => {
  it('shows a source id as the producer and dataset it names, linked (issue 12)', () => {
    expect(formatPropertyValue(property('source', 'string'), 'zt-cavaliers', 'en', words)).toEqual({
      text: 'Mission Bassin Minier Nord-Pas-de-Calais, diffusé par Géo2France — WFS mission_bassin_minier:zt_cavaliers',
      href: 'https://www.geo2france.fr',
      lang: 'fr',
    })
    // A value that names no source (an endangered site's own references) is shown as written.
    expect(formatPropertyValue(property('source', 'string'), 'Fondation — liste', 'fr', words).text).toBe(
      'Fondation — liste',
    )
  })

  it('shows missing values as a dash', () => {
    for (const value of [null, undefined, '', []])
      expect(formatPropertyValue(property('nom', 'string'), value, 'fr', words).text).toBe('—')
  })

  it('shows booleans as Oui/Non', () => {
    expect(formatPropertyValue(property('classe_mh', 'boolean'), true, 'fr', words).text).toBe('Oui')
    expect(formatPropertyValue(property('classe_mh', 'boolean'), false, 'fr', words).text).toBe('Non')
  })

  it('joins arrays and marks them as French text', () => {
    expect(formatPropertyValue(property('communes', 'string[]'), ['Lens', 'Liévin'], 'en', words)).toEqual({
      text: 'Lens, Liévin',
      lang: 'fr',
    })
  })

  it('formats decimal numbers in the shown language with their unit', () => {
    const area = property('surface_ha', 'number', 'ha')
    expect(formatPropertyValue(area, 1234.567, 'fr', words).text).toBe('1\u202f234,57\u00a0ha')
    expect(formatPropertyValue(area, 1234.567, 'en', words).text).toBe('1,234.57\u00a0ha')
  })

  it('keeps years and ids as written, but groups a population', () => {
    expect(formatPropertyValue(property('annee_creusement', 'integer'), 1923, 'fr', words).text).toBe('1923')
    expect(formatPropertyValue(property('population', 'integer'), 31415, 'en', words).text).toBe('31,415')
  })

  it('explains the 2016 status read from the perimeter, and the decree’s list beside it', () => {
    const status = property('classement_2016', 'string')
    expect(formatPropertyValue(status, 'classé', 'fr', words).text).toMatch(/périmètre officiel/)
    expect(formatPropertyValue(status, 'en partie', 'en', words).text).toMatch(/^Partly inside/)
    expect(formatPropertyValue(status, 'hors site', 'fr', words).text).toBe('Hors du site classé')
    const list = property('liste_officielle_2016', 'string')
    expect(formatPropertyValue(list, 'non chargée', 'fr', words).text).toMatch(/non chargée/)
    expect(formatPropertyValue(list, 'sur la liste', 'en', words).text).toBe('On the official list loaded')
  })

  it('labels coded values of the catalogue, and shows unknown ones as they are', () => {
    const zone = { ...property('zone', 'string'), enum: ['bien_inscrit', 'zone_tampon'] }
    expect(formatPropertyValue(zone, 'bien_inscrit', 'fr', words).text).toBe('Bien inscrit')
    expect(formatPropertyValue(zone, 'zone_tampon', 'fr', words).text).toBe('zone_tampon')
  })

  it('makes web addresses links', () => {
    const link = formatPropertyValue(
      property('fiche_brgm', 'string'),
      'https://infoterre.brgm.fr/x',
      'fr',
      words,
    )
    expect(link).toEqual({ text: 'https://infoterre.brgm.fr/x', href: 'https://infoterre.brgm.fr/x' })
  })
})

describe('formatDistance', () => {
  it('uses metres under a kilometre and kilometres above', () => {
    expect(formatDistance(0, 'fr')).toBe('0\u00a0m')
    expect(formatDistance(123.4, 'fr')).toBe('123\u00a0m')
    expect(formatDistance(1250, 'fr')).toBe('1,3\u00a0km')
    expect(formatDistance(1250, 'en')).toBe('1.3\u00a0km')
  })
})
