import type { User } from '@heritage-watch/shared'

/**
 * How a request was authenticated. `anonymous` carries why the credentials it came with were refused
 * (expired session, disabled account...), so that a route needing an account can say so in its 401.
 */
export type Authentication =
  | { kind: 'anonymous'; failure: string | null }
  | { kind: 'session'; user: User; tokenHash: string; csrfToken: string }
  | { kind: 'token'; user: User; tokenId: string }

/** A request that came without credentials. */
export const ANONYMOUS: Authentication = Object.freeze({ kind: 'anonymous', failure: null })

/** A request whose credentials were refused, and why. */
export const refused = (failure: string): Authentication => ({ kind: 'anonymous', failure })
