import type { LoginResponse, User } from '@heritage-watch/shared'
import { createContext } from 'react'
import type { SessionRequestOptions } from '../../api/request-json.ts'

/** Who is using the app: being checked at start, nobody (perhaps after an expired session), or an account. */
export type SessionState =
  | { status: 'checking' }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'signed-in'; user: User; csrfToken: string | null }

export interface SessionValue {
  state: SessionState
  /** Options for every call made for the account: the CSRF token kept in memory, the 401 handling. */
  request: SessionRequestOptions
  /** Keeps what a successful login gave. */
  signedIn: (response: LoginResponse) => void
  /** Ends the session on the server, then here (here even when the server cannot be reached). */
  logOut: () => Promise<void>
  loginOpen: boolean
  openLogin: () => void
  closeLogin: () => void
  /** Forgets that the session expired (the notice was dismissed). */
  dismissExpired: () => void
}

export const SessionContext = createContext<SessionValue | null>(null)
