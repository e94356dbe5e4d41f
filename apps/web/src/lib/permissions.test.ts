import { describe, expect, it } from 'vitest'
import { canReport, canTriage } from './permissions.ts'

const organisation = { id: '3f2c8a4e-1b2d-4c3e-8f9a-0b1c2d3e4f5a', name: 'Ville de Loos-en-Gohelle' }
const id = '9b1e4c2a-7d3f-4a5b-8c6d-1e2f3a4b5c6d'

describe('permissions', () => {
  it('lets a partner of an organisation report, but not triage', () => {
    expect(canReport({ id, role: 'partner', organisation })).toBe(true)
    expect(canReport({ id, role: 'partner', organisation: null })).toBe(false)
    expect(canTriage({ id, role: 'partner', organisation })).toBe(false)
  })

  it('lets officers and admins report and triage, and nobody when signed out', () => {
    for (const role of ['officer', 'admin'] as const) {
      expect(canReport({ id, role, organisation: null })).toBe(true)
      expect(canTriage({ id, role, organisation: null })).toBe(true)
    }
    expect(canReport(null)).toBe(false)
    expect(canTriage(undefined)).toBe(false)
  })
})
