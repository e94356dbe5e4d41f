import { DATA_ATTRIBUTION, DATA_LICENCE } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import en from './en.json'
import fr from './fr.json'

// The credit line under the map: one text per language, both saying what the API's DATA_ATTRIBUTION says.
describe('the data credits', () => {
  it('are in French the API’s attribution, word for word', () => {
    expect(fr.shell.credits).toBe(DATA_ATTRIBUTION)
  })

  it('give in English the same extraction date, the producers’ names and the licence’s official title', () => {
    const [, day, month, year] = /(\d{2})\/(\d{2})\/(\d{4})/.exec(DATA_ATTRIBUTION) ?? []
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
    const english = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date)
    expect(en.shell.credits).toContain(english)
    for (const name of [
      'Mission Bassin Minier Nord-Pas-de-Calais',
      'Géo2France',
      'BRGM',
      'DREAL Hauts-de-France',
    ])
      expect(en.shell.credits).toContain(name)
    expect(en.shell.credits).toContain(DATA_LICENCE.name)
  })

  it('have no French words in English beyond those names', () => {
    const kept = [
      'Mission Bassin Minier Nord-Pas-de-Calais',
      'Géo2France',
      'DREAL Hauts-de-France',
      'Géoplateforme',
      'Licence Ouverte',
    ]
    const rest = kept.reduce((text, name) => text.replace(name, ''), en.shell.credits)
    expect(rest).not.toMatch(/\b(données|puits|extraction|du|la|via la|sites classés|inscrits|ouverte)\b/i)
  })
})
