import { describe, expect, it } from 'vitest'
import { allowedBulkMoves, type BulkCandidate } from './bulk-moves.ts'

// Synthetic alerts (test data): only the status matters to the rule.
const alert = (reference: string, status: BulkCandidate['status']): BulkCandidate => ({
  id: reference,
  reference,
  status,
})

describe('allowedBulkMoves', () => {
  it('offers the next step and rejection for alerts that share a status', () => {
    const moves = allowedBulkMoves([alert('A-1', 'nouvelle'), alert('A-2', 'nouvelle')])
    expect(moves.allowed).toEqual(['prise_en_compte', 'rejetee'])
    expect(moves.blocked).toEqual([])
  })

  it('keeps only the moves allowed for every alert and names the alerts that block the others', () => {
    const moves = allowedBulkMoves([alert('A-1', 'nouvelle'), alert('A-2', 'en_cours')])
    expect(moves.allowed).toEqual(['rejetee'])
    expect(moves.blocked).toEqual([
      { status: 'prise_en_compte', by: [alert('A-2', 'en_cours')] },
      { status: 'resolue', by: [alert('A-1', 'nouvelle')] },
    ])
  })

  it('offers nothing once a closed alert is selected, naming it for every move', () => {
    const moves = allowedBulkMoves([alert('A-1', 'prise_en_compte'), alert('A-2', 'resolue')])
    expect(moves.allowed).toEqual([])
    expect(moves.blocked.map((entry) => [entry.status, entry.by.map((by) => by.reference)])).toEqual([
      ['en_cours', ['A-2']],
      ['rejetee', ['A-2']],
    ])
  })

  it('offers nothing for an empty selection', () => {
    expect(allowedBulkMoves([])).toEqual({ allowed: [], blocked: [] })
  })
})
