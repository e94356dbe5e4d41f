import type { LoginResponse } from '@heritage-watch/shared'
import { type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { ApiError } from '../../api/api-error.ts'
import { fetchMe, logout } from '../../api/auth-client.ts'
import { env } from '../../env.ts'
import { LoginDialog } from '../watch/lazy-views.ts'
import { SessionContext, type SessionState, type SessionValue } from './session-context.ts'

/**
 * Holds the session: asks `/auth/me` once at start (the cookie is HttpOnly, so only the API knows),
 * keeps the CSRF token in memory (never in storage), and turns any 401 on a call made for the account
 * into "session expired" with an offer to log in again. Renders the login dialog when asked.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' })
  const [loginOpen, setLoginOpen] = useState(false)

  const onUnauthorized = useCallback(() => {
    setState((previous) =>
      previous.status === 'signed-in' ? { status: 'anonymous', expired: true } : previous,
    )
  }, [])

  useEffect(() => {
    const controller = new AbortController()
    fetchMe({ apiBaseUrl: env.apiBaseUrl, signal: controller.signal }).then(
      (me) => setState({ status: 'signed-in', user: me.user, csrfToken: me.csrfToken }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        const expired = error instanceof ApiError && error.problem?.code === 'session_expired'
        setState({ status: 'anonymous', expired })
      },
    )
    return () => controller.abort()
  }, [])

  const csrfToken = state.status === 'signed-in' ? state.csrfToken : null
  const request = useMemo(
    () => ({ apiBaseUrl: env.apiBaseUrl, csrfToken, onUnauthorized }),
    [csrfToken, onUnauthorized],
  )

  const signedIn = useCallback((response: LoginResponse) => {
    setState({ status: 'signed-in', user: response.user, csrfToken: response.csrfToken })
  }, [])

  const logOut = useCallback(async () => {
    try {
      await logout(request)
    } catch {
      // The session may have ended already; either way nobody is signed in here any more.
    }
    setState({ status: 'anonymous', expired: false })
  }, [request])

  const value = useMemo<SessionValue>(
    () => ({
      state,
      request,
      signedIn,
      logOut,
      loginOpen,
      openLogin: () => setLoginOpen(true),
      closeLogin: () => setLoginOpen(false),
      dismissExpired: () =>
        setState((previous) =>
          previous.status === 'anonymous' ? { status: 'anonymous', expired: false } : previous,
        ),
    }),
    [state, request, signedIn, logOut, loginOpen],
  )

  return (
    <SessionContext value={value}>
      {children}
      {loginOpen && (
        <Suspense fallback={null}>
          <LoginDialog />
        </Suspense>
      )}
    </SessionContext>
  )
}
