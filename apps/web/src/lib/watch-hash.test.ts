import { describe, expect, it } from 'vitest'
import { parseWatchHash, serializeWatchHash } from './watch-hash.ts'

const ID = '3f2c8a4e-1b2d-4c3e-8f9a-0b1c2d3e4f5a'

describe('watch hash', () => {
  it('round-trips the sheet and the alert', () => {
    const state = { sheet: 'desk', alertId: ID } as const
    expect(serializeWatchHash(state)).toBe(`#vue=bureau&alerte=${ID}`)
    expect(parseWatchHash(serializeWatchHash(state))).toEqual(state)
  })

  it('leaves out unknown sheets and malformed ids', () => {
    expect(parseWatchHash('#vue=cuisine&alerte=42')).toEqual({ sheet: null, alertId: null })
    expect(parseWatchHash('')).toEqual({ sheet: null, alertId: null })
    expect(serializeWatchHash({ sheet: null, alertId: null })).toBe('')
  })

  it('carries what the subscriptions sheet is asked to follow, and only there', () => {
    const state = { sheet: 'subscriptions', alertId: null, follow: 'terrils/74A' } as const
    expect(serializeWatchHash(state)).toBe('#vue=abonnements&suivre=terrils/74A')
    expect(parseWatchHash(serializeWatchHash(state))).toEqual(state)
    expect(parseWatchHash('#vue=bureau&suivre=terrils/74A')).toEqual({ sheet: 'desk', alertId: null })
    expect(parseWatchHash('#vue=abonnements&suivre=../x y')).toEqual({
      sheet: 'subscriptions',
      alertId: null,
    })
  })
})
