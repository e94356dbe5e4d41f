import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { LoginResponseSchema } from '@heritage-watch/shared'
import { repositoryRoot } from '../../../src/config.ts'
import { SESSION_COOKIE } from '../../../src/auth/session-cookie.ts'

const run = promisify(execFile)
const CREATE_USER = path.join(repositoryRoot, 'apps/api/src/cli/create-user.ts')

/** The password of the fault suites' accounts (test data). */
export const FAULT_PASSWORD = 'fault suite password 13'

/**
 * Creates an officer account with `npm run user:create`'s entry point, on the database `env` names
 * (DATABASE_URL, or PGLITE_DATA_DIR before the API holds it).
 */
export async function createOfficer(env: Record<string, string>, email: string): Promise<void> {
  await run(
    process.execPath,
    ['--import', 'tsx', CREATE_USER, '--role', 'officer', '--email', email, '--name', 'Fault suite officer'],
    { cwd: repositoryRoot, env: { ...process.env, ...env, HW_PASSWORD: FAULT_PASSWORD }, timeout: 180_000 },
  )
}

/** A signed-in session: the headers a cookie-authenticated write sends. */
export interface FaultSession {
  cookie: string
  csrfToken: string
}

/** Logs in through the API. @throws Error with the answer when it is not a 200 */
export async function login(base: string, email: string): Promise<FaultSession> {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: FAULT_PASSWORD }),
  })
  if (response.status !== 200) throw new Error(`login: ${response.status} ${await response.text()}`)
  const { csrfToken } = LoginResponseSchema.parse(await response.json())
  const value = response.headers
    .getSetCookie()
    .map((header) => header.split(';', 1)[0]!)
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`))
  if (!value) throw new Error('login: no session cookie')
  return { cookie: value, csrfToken }
}

/** What an open live-update stream received, and how it ended. */
export interface StreamWatch {
  text(): string
  /** Resolves when the stream ends: `clean` when the server ended it, else the error. */
  ended: Promise<{ clean: boolean; error?: string }>
}

/** Opens GET /alerts/stream and reads it until it ends. @throws Error when it does not open with 200 */
export async function openAlertStream(base: string, session: FaultSession): Promise<StreamWatch> {
  const response = await fetch(`${base}/alerts/stream`, { headers: { cookie: session.cookie } })
  if (response.status !== 200 || !response.body) throw new Error(`stream: ${response.status}`)
  let received = ''
  const decoder = new TextDecoder()
  const reader = response.body.getReader()
  const ended = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return { clean: true }
        received += decoder.decode(value, { stream: true })
      }
    } catch (error) {
      return { clean: false, error: String((error as { cause?: unknown }).cause ?? error) }
    }
  })()
  return { text: () => received, ended }
}
