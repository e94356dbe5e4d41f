import type pg from 'pg'
import { hashPassword } from '../src/auth/passwords.ts'
import { inAccountsTransaction } from '../src/db/accounts-repo.ts'
import { insertUser } from '../src/services/accounts/users.ts'
import { type LatencyReport, measureLatency } from './measure.ts'

// The alerts part of `npm run bench`: what a partner waits for while reporting (the context preview,
// the creation with its spatial context in one transaction) and what the desk and the map ask for.
// The alerts it writes are SYNTHETIC, titled "[bench] …", in the bench's throwaway database only.

const PASSWORD = 'bench password, thrown away with the database'

/** A partner on terril 74A and, on alternate requests, a pin in the buffer zone west of it. */
const PLACES = [
  { features: [{ collection: 'terrils', id: '74A' }] },
  { features: [], geometry: { type: 'Point', coordinates: [2.771748, 50.443281] } },
]

async function logIn(base: string, pool: pg.Pool) {
  const email = `bench-${Date.now()}@bench.invalid`
  const passwordHash = await hashPassword(PASSWORD)
  await inAccountsTransaction(pool, (repo) =>
    insertUser(repo, {
      email,
      displayName: 'Bench officer',
      role: 'officer',
      organisationId: null,
      passwordHash,
    }),
  )
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  if (!response.ok) throw new Error(`bench login answered ${response.status}`)
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return { cookie, 'x-csrf-token': csrfToken }
}

/**
 * Measures the alert endpoints against a running API on the bench's own database.
 * @param base the API's URL
 */
export async function measureAlerts(
  base: string,
  pool: pg.Pool,
  requests: number,
  progress: (message: string) => void,
): Promise<LatencyReport[]> {
  const headers = await logIn(base, pool)
  const call = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok)
      throw new Error(`${method} ${url} answered ${response.status}: ${await response.text()}`)
    return (await response.arrayBuffer()).byteLength
  }
  let n = 0
  const place = () => PLACES[n++ % PLACES.length]
  const reports: LatencyReport[] = []
  progress(`alert preview (context + duplicates): ${requests} requests`)
  reports.push(
    await measureLatency('alert preview', requests, () => call('POST', '/alerts/preview', place())),
  )
  progress(`alert creation: ${requests} synthetic alerts`)
  reports.push(
    await measureLatency('alert creation', requests, () =>
      call('POST', '/alerts', {
        ...place(),
        category: 'erosion',
        severity: 'medium',
        title: `[bench] synthetic alert ${n}`,
        description: 'Synthetic alert written by npm run bench in its throwaway database.',
        observedOn: new Date().toISOString().slice(0, 10),
      }),
    ),
  )
  progress(`alerts desk page and badges: ${requests} requests each`)
  reports.push(await measureLatency('alerts desk, 50 rows', requests, () => call('GET', '/alerts?limit=50')))
  reports.push(await measureLatency('alert badges', requests, () => call('GET', '/alerts/badges')))
  return reports
}
