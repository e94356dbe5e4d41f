import type { ErbmCiteSummary } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { matchesFilters, sortCites } from './erbm-list.ts'

const cite = (id: string, fields: Partial<ErbmCiteSummary> = {}): ErbmCiteSummary => ({
  id,
  nom: `Cité ${id}`,
  communes: ['Lens'],
  priorite: 'inconnue',
  bailleur: null,
  logements: null,
  phase: null,
  lastOpinion: null,
  scores: null,
  openAlerts: 0,
  ...fields,
})
const scored = (mean: number) => ({
  visitedOn: '2026-01-01',
  values: { habitabilite: 1, facades: 1, abords: 1, patrimoine: 1 },
  mean,
})

describe('the ERBM dashboard’s filters and sort', () => {
  it('matches a commune without case or accents, and "aucune" for no phase', () => {
    const lievin = cite('1', { communes: ['Liévin'] })
    expect(matchesFilters(lievin, { commune: 'LIEVIN' })).toBe(true)
    expect(matchesFilters(lievin, { commune: 'Lens' })).toBe(false)
    expect(matchesFilters(lievin, { phase: ['aucune'] })).toBe(true)
    const started = cite('2', { phase: { phase: 'travaux', startedOn: '2026-01-01', endedOn: null } })
    expect(matchesFilters(started, { phase: ['aucune'] })).toBe(false)
    expect(matchesFilters(started, { phase: ['travaux'] })).toBe(true)
  })

  it('refuses a verdict filter for a cité without an opinion', () => {
    expect(matchesFilters(cite('1'), { verdict: ['favorable'] })).toBe(false)
  })

  it('sorts on the mean score, cités without a bilan last in both directions', () => {
    const cites = [cite('a'), cite('b', { scores: scored(2) }), cite('c', { scores: scored(3.5) })]
    expect(sortCites(cites, { key: 'score', descending: true }).map((c) => c.id)).toEqual(['c', 'b', 'a'])
    expect(sortCites(cites, { key: 'score', descending: false }).map((c) => c.id)).toEqual(['b', 'c', 'a'])
  })

  it('sorts names as people read them: n°4 before n°11', () => {
    const cites = [cite('1', { nom: 'Cité n°11' }), cite('2', { nom: 'Cité n°4' })]
    expect(sortCites(cites, undefined).map((c) => c.nom)).toEqual(['Cité n°4', 'Cité n°11'])
  })
})
