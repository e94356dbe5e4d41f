import type {
  ApiToken,
  ApiTokenCreated,
  LoginRequest,
  LoginResponse,
  MeResponse,
} from '@heritage-watch/shared'
import { loadSessionContracts } from './load-session-contracts.ts'
import { requestJson, type SessionRequestOptions } from './request-json.ts'

/** A schema of the lazy contracts chunk, loaded only when an answer is to be parsed. */
const schema =
  <K extends keyof Awaited<ReturnType<typeof loadSessionContracts>>>(name: K) =>
  () =>
    loadSessionContracts().then((contracts) => contracts[name])

/**
 * `POST /auth/login`: opens a session (the HttpOnly cookie `hw_session`) and gives its CSRF token.
 * @throws ApiError `http` 401 for wrong credentials or a disabled account, 400 naming a bad field, 429
 */
export function login(credentials: LoginRequest, options: SessionRequestOptions): Promise<LoginResponse> {
  return requestJson(
    {
      method: 'POST',
      url: `${options.apiBaseUrl}/auth/login`,
      body: credentials,
      schema: schema('LoginResponseSchema'),
    },
    { ...options, onUnauthorized: undefined },
  )
}

/** `POST /auth/logout`: ends the session for good (the old cookie opens nothing any more). */
export function logout(options: SessionRequestOptions): Promise<void> {
  return requestJson({ method: 'POST', url: `${options.apiBaseUrl}/auth/logout` }, options)
}

/**
 * `GET /auth/me`: who the session cookie belongs to, with its CSRF token.
 * @throws ApiError `http` 401 when anonymous (problem code `session_expired` when the session ran out)
 */
export function fetchMe(options: SessionRequestOptions): Promise<MeResponse> {
  return requestJson(
    { method: 'GET', url: `${options.apiBaseUrl}/auth/me`, schema: schema('MeResponseSchema') },
    options,
  )
}

/** `GET /auth/tokens`: the caller's personal API tokens, newest first, revoked ones included. */
export async function fetchTokens(options: SessionRequestOptions): Promise<ApiToken[]> {
  const list = await requestJson(
    { method: 'GET', url: `${options.apiBaseUrl}/auth/tokens`, schema: schema('ApiTokenListSchema') },
    options,
  )
  return list.tokens
}

/** `POST /auth/tokens`: a new token; its secret is in this answer only. */
export function createToken(name: string, options: SessionRequestOptions): Promise<ApiTokenCreated> {
  return requestJson(
    {
      method: 'POST',
      url: `${options.apiBaseUrl}/auth/tokens`,
      body: { name },
      schema: schema('ApiTokenCreatedSchema'),
    },
    options,
  )
}

/** `DELETE /auth/tokens/{id}`: revokes a token at once. */
export function revokeToken(id: string, options: SessionRequestOptions): Promise<void> {
  return requestJson(
    { method: 'DELETE', url: `${options.apiBaseUrl}/auth/tokens/${encodeURIComponent(id)}` },
    options,
  )
}
