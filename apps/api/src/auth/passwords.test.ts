import { describe, expect, it } from 'vitest'
import { DUMMY_HASH, hashPassword, verifyDummyPassword, verifyPassword } from './passwords.ts'

describe('passwords', () => {
  it('hashes with argon2id, salted, and verifies', async () => {
    const first = await hashPassword('correct horse battery staple')
    const second = await hashPassword('correct horse battery staple')
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/)
    expect(first).not.toBe(second)
    expect(await verifyPassword(first, 'correct horse battery staple')).toBe(true)
    expect(await verifyPassword(first, 'Correct horse battery staple')).toBe(false)
  })

  it('answers false, without throwing, for a hash it cannot read', async () => {
    expect(await verifyPassword('not a hash', 'anything')).toBe(false)
  })

  it('spends on unknown emails a verification as costly as a real one', async () => {
    const real = await hashPassword('whatever it is')
    const parameters = (hash: string) => hash.split('$').slice(1, 4).join('$')
    expect(parameters(DUMMY_HASH)).toBe(parameters(real))
    await expect(verifyDummyPassword('whatever it is')).resolves.toBeUndefined()
  })
})
