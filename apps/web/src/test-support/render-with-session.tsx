import type { User } from '@heritage-watch/shared'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import '../i18n/i18n.ts'
import '../i18n/watch-translations.ts'
import { SessionContext, type SessionValue } from '../components/auth/session-context.ts'

/** One request the component made: method, URL, headers and body. */
interface RecordedRequest {
  method: string
  url: string
  headers: Headers
  body: unknown
}

/** What the fake API answers: a status and a JSON body, by `METHOD /path` (query string included). */
export type FakeRoutes = Record<string, (request: RecordedRequest) => { status: number; body?: unknown }>

/**
 * A fetch that answers from `routes` and records every request; an unknown route is a 404 problem, so a
 * test fails on a call it did not expect.
 */
export function createFakeApi(routes: FakeRoutes) {
  const requests: RecordedRequest[] = []
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const method = init.method ?? 'GET'
    const url = String(input)
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : init.body
    const request = { method, url, headers: new Headers(init.headers), body }
    requests.push(request)
    const route = routes[`${method} ${url}`] ?? routes[`${method} ${url.split('?')[0]}`]
    const answer = route ? route(request) : { status: 404, body: { title: 'Not Found', status: 404 } }
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': answer.status < 400 ? 'application/json' : 'application/problem+json' },
    })
  }
  return { fetch: fetch as typeof globalThis.fetch, requests }
}

/**
 * Renders a component as the app does for a signed-in account: a fresh data layer (no retries, so a
 * refused request shows at once), the session of `user` calling the fake API, the French texts.
 */
export function renderWithSession(
  ui: ReactElement,
  { user, fetch }: { user: User; fetch: typeof globalThis.fetch },
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  const session: SessionValue = {
    state: { status: 'signed-in', user, csrfToken: 'csrf-token' },
    request: { apiBaseUrl: '', csrfToken: 'csrf-token', fetch },
    signedIn: () => undefined,
    logOut: async () => undefined,
    loginOpen: false,
    openLogin: () => undefined,
    closeLogin: () => undefined,
    dismissExpired: () => undefined,
  }
  return render(
    <QueryClientProvider client={queryClient}>
      <SessionContext value={session}>{ui}</SessionContext>
    </QueryClientProvider>,
  )
}
