import { describe, expect, it } from 'vitest'
import { resetTokenOf } from './reset-link.ts'

describe('resetTokenOf', () => {
  const token = 'Ab3_-'.repeat(8) + 'xyz'
  it('reads the token of a reset link’s fragment', () => {
    expect(resetTokenOf(`#reset=${token}`)).toBe(token)
  })
  it('is null for any other fragment, a malformed token, or none', () => {
    for (const hash of [
      '',
      '#',
      '#reset=',
      `#reset=${token}x`,
      `#reset=${token.slice(1)}`,
      `#other=${token}`,
    ]) {
      expect(resetTokenOf(hash)).toBeNull()
    }
  })
})
