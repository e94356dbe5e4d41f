import { describe, expect, it } from 'vitest'
import type { AlertEventWithAlertRow } from '../../db/alert-rows.ts'
import { alertFeedAtom, describeEvent } from './alert-feed.ts'

const event = (overrides: Partial<AlertEventWithAlertRow>): AlertEventWithAlertRow => ({
  id: 7,
  kind: 'status',
  at: new Date('2026-11-24T10:00:00Z'),
  data: { from: 'nouvelle', to: 'en_cours' },
  author: { id: '00000000-0000-4000-8000-000000000001', displayName: 'R&D <Équipe>' },
  alertId: '00000000-0000-4000-8000-000000000002',
  reference: 'A-000007',
  title: 'Fumées ]]> sur le terril',
  status: 'en_cours',
  severity: 'high',
  category: 'incendie',
  ...overrides,
})

describe('describeEvent', () => {
  it('says what each kind of event changed', () => {
    expect(describeEvent(event({})).summary).toBe('statut Nouvelle → En cours')
    expect(describeEvent(event({ kind: 'severity', data: { from: 'low', to: 'critical' } })).summary).toBe(
      'gravité Faible → Critique',
    )
    expect(describeEvent(event({ kind: 'comment', data: { body: 'Vu.' } }))).toEqual({
      summary: 'commentaire',
      detail: 'Vu.',
    })
    expect(
      describeEvent(event({ kind: 'edit', data: { changes: { title: {}, observedOn: {} } } })).summary,
    ).toBe('modifiée (titre, date d’observation)')
    expect(describeEvent(event({ kind: 'assignment', data: { from: null, to: null } })).summary).toBe(
      'plus attribuée',
    )
  })
})

describe('alertFeedAtom', () => {
  it('writes well-formed Atom whatever the stored words hold', () => {
    const atom = alertFeedAtom([event({})], {
      base: 'https://veille.example',
      selfUrl: 'https://veille.example/alerts/feed.atom',
      updated: new Date(),
    })
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
    // "]]>" cannot close the CDATA section early once escaped as &gt;.
    expect(atom).toContain('Fumées ]]&gt; sur le terril')
    expect(atom).toContain('<name>R&amp;D &lt;Équipe&gt;</name>')
    expect(atom).toContain('href="https://veille.example/app/#alerte=00000000-0000-4000-8000-000000000002"')
    expect(atom).toContain('<updated>2026-11-24T10:00:00.000Z</updated>')
  })
})
