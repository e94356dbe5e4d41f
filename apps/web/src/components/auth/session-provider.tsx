import type { LoginResponse } from '@heritage-watch/shared'
import { type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { ApiError } from '../../api/api-error.ts'
import { env } from '../../env.ts'
import { useAccountScopedCache } from '../../hooks/use-account-scoped-cache.ts'
import { useLogOut } from '../../hooks/use-log-out.ts'
import { useSessionCheck } from '../../hooks/use-session-check.ts'
import { LoginDialog } from '../watch/lazy-views.ts'
import { SessionContext, type SessionState, type SessionValue } from './session-context.ts'

/**
 * Holds the session: asks `/auth/me` once at start (use-session-check.ts), keeps the CSRF token in memory (never in storage), and turns any 401 on a call made for the account
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

  // The start-up check's answer becomes the session's first state; later changes are made here.
  const check = useSessionCheck()
  useEffect(() => {
    if (check.data) setState({ status: 'signed-in', user: check.data.user, csrfToken: check.data.csrfToken })
    else if (check.isError) {
      const expired = check.error instanceof ApiError && check.error.problem?.code === 'session_expired'
      setState({ status: 'anonymous', expired })
    }
  }, [check.data, check.isError, check.error])
  useAccountScopedCache(state.status === 'signed-in' ? state.user.id : null)

  const csrfToken = state.status === 'signed-in' ? state.csrfToken : null
  const request = useMemo(
    () => ({ apiBaseUrl: env.apiBaseUrl, csrfToken, onUnauthorized }),
    [csrfToken, onUnauthorized],
  )

  const signedIn = useCallback((response: LoginResponse) => {
    setState({ status: 'signed-in', user: response.user, csrfToken: response.csrfToken })
  }, [])

  const { mutateAsync: endSession } = useLogOut(request)
  const logOut = useCallback(async () => {
    try {
      await endSession()
    } catch {
      // The session may have ended already; either way nobody is signed in here any more.
    }
    setState({ status: 'anonymous', expired: false })
  }, [endSession])

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
