import type { AccountEventPage, LoginEventPage, PasswordResetIssued } from '@heritage-watch/shared'
import { loadSessionContracts } from './load-session-contracts.ts'
import { type RequestOptions, requestJson, type SessionRequestOptions } from './request-json.ts'

const contracts = loadSessionContracts

const pageQuery = (before: number | null) => (before === null ? '' : `&before=${before}`)

/** The number of log lines a page shows. */
const LOG_PAGE_SIZE = 20

/** `GET /admin/log/logins`: newest first; `before` is the previous page's `nextBefore`. */
export function fetchLoginLog(
  before: number | null,
  options: SessionRequestOptions,
): Promise<LoginEventPage> {
  const schema = contracts().then((loaded) => loaded.LoginEventPageSchema)
  const url = `${options.apiBaseUrl}/admin/log/logins?limit=${LOG_PAGE_SIZE}${pageQuery(before)}`
  return requestJson({ method: 'GET', url, schema }, options)
}

/** `GET /admin/log/actions`: who did what to which account, newest first. */
export function fetchActionLog(
  before: number | null,
  options: SessionRequestOptions,
): Promise<AccountEventPage> {
  const schema = contracts().then((loaded) => loaded.AccountEventPageSchema)
  const url = `${options.apiBaseUrl}/admin/log/actions?limit=${LOG_PAGE_SIZE}${pageQuery(before)}`
  return requestJson({ method: 'GET', url, schema }, options)
}

/** `POST /admin/users/{id}/password-reset`: the link, shown this once. */
export function issuePasswordReset(id: string, options: SessionRequestOptions): Promise<PasswordResetIssued> {
  const schema = contracts().then((loaded) => loaded.PasswordResetIssuedSchema)
  const url = `${options.apiBaseUrl}/admin/users/${encodeURIComponent(id)}/password-reset`
  return requestJson({ method: 'POST', url, schema }, options)
}

/** `POST /auth/password-reset`, from the public page: no session, the link's token authorises it. */
export async function submitPasswordReset(
  body: { token: string; password: string },
  options: RequestOptions,
): Promise<void> {
  await requestJson({ method: 'POST', url: `${options.apiBaseUrl}/auth/password-reset`, body }, options)
}
