import argon2 from 'argon2'

/**
 * argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): about 30 ms here, slow
 * for a guesser, quick enough for a small server. The parameters are stored in each hash, so changing
 * them later leaves existing hashes valid.
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

/** Hashes a new password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS)
}

/**
 * Whether `password` matches `hash`.
 * @returns false for a wrong password or a hash that cannot be read, never throws for those
 */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password)
  } catch {
    return false
  }
}

/**
 * The hash of a random password nobody knows, made with OPTIONS (passwords.test.ts checks that they
 * agree), so that verifying against it costs what a real verification costs.
 */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,p=1,t=2$5hmNNhGfkk4V68xhRaQY/Q$hcZ5BjUoOEaPRDN0Tns0Jp2pMwSLBBiUwyRcYHPe24A'

/**
 * Spends the time of one verification when the email is unknown, so that the answer's timing does not
 * tell which emails have an account.
 */
export async function verifyDummyPassword(password: string): Promise<void> {
  await verifyPassword(DUMMY_HASH, password)
}
