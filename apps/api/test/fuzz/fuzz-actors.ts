import { ApiTokenCreatedSchema, type AccountRole } from '@heritage-watch/shared'
import type pg from 'pg'
import type { Session } from '../auth/accounts-fixtures.ts'
import type { TestApp } from '../helpers/test-app.ts'
import { TERRIL_74A_ALERT } from '../routes/alerts/alert-fixtures.ts'
import type { Credentials, FuzzRequest, KnownValues, Role } from './request-arbitraries.ts'

type Fixtures = {
  session: (role: AccountRole) => Promise<Session>
  login: (email: string) => Promise<Session>
}

interface Actor {
  session: Session
  bearer: string
}

/**
 * Synthetic alerts whose titles carry markup, written through the API so that the fuzzer's ids reach
 * real rows (and the pages that show them have something to escape).
 */
export const MARKUP_TITLES = ['<img src=x onerror=alert(1)> Fuzz', '<script>alert(2)</script> Fuzz']

/** The partner, officer and admin the fuzzer acts as, each with a session and a bearer token. */
export async function createActors(app: TestApp, fixtures: Fixtures) {
  const actors = new Map<Role, Actor>()
  const enrol = async (role: Exclude<Role, 'anonymous'>, session?: Session) => {
    const current = session ?? (await fixtures.session(role))
    const answer = await app.inject({
      method: 'POST',
      url: '/auth/tokens',
      headers: current.headers,
      payload: { name: `fuzz ${role}` },
    })
    actors.set(role, { session: current, bearer: ApiTokenCreatedSchema.parse(answer.json()).token })
  }
  for (const role of ['partner', 'officer', 'admin'] as const) await enrol(role)

  return {
    /** The headers a request carries for its role and credentials. */
    headersFor(role: Role, credentials: Credentials): Record<string, string> {
      const actor = actors.get(role)
      if (!actor) return credentials === 'forged' ? { authorization: 'Bearer hw_forged' } : {}
      if (credentials === 'bearer') return { authorization: `Bearer ${actor.bearer}` }
      if (credentials === 'no-csrf') return { cookie: actor.session.cookie }
      if (credentials === 'forged') return { cookie: `${actor.session.cookie}x`, 'x-csrf-token': 'forged' }
      return actor.session.headers
    },

    /** A request may have ended its role's session or token (a logout, a revocation): open new ones. */
    async renewAfter(request: FuzzRequest, status: number) {
      if (status >= 300 || request.role === 'anonymous') return
      const ended =
        request.operation === 'POST /auth/logout' || request.operation.startsWith('DELETE /auth/tokens')
      if (ended) await enrol(request.role, await fixtures.login(actors.get(request.role)!.session.email))
    },
  }
}

/** Writes the synthetic alerts with markup titles, as a partner. */
export async function createMarkupAlerts(app: TestApp, partner: Session) {
  for (const title of MARKUP_TITLES) {
    const answer = await app.inject({
      method: 'POST',
      url: '/alerts',
      headers: partner.headers,
      payload: { ...TERRIL_74A_ALERT, title, description: `${title} (données de test synthétiques)` },
    })
    if (answer.statusCode !== 201) throw new Error(`fixture alert refused: ${answer.body}`)
  }
}

const FIRST_IDS = {
  alerts: 'SELECT id::text FROM alert ORDER BY created_at DESC LIMIT 3',
  assessments: 'SELECT id::text FROM assessment ORDER BY created_at DESC LIMIT 3',
  'erbm/cites': 'SELECT id::text FROM erbm_cite ORDER BY id LIMIT 3',
  'sites-en-danger': 'SELECT id::text FROM site_at_risk ORDER BY id LIMIT 3',
} as const

/**
 * Values a client commonly sends for the free-text query parameters whose schema says only "string"
 * (synthetic, in the basin's extent): without them a valid-looking page request almost never gets past
 * its datetime, bbox or sortby.
 */
const QUERY_SAMPLES: Record<string, string[]> = {
  bbox: ['2.5,50.2,3.2,50.6', '2.77,50.44,2.79,50.45', '690000,7030000,700000,7040000'],
  datetime: ['2020-01-01T00:00:00Z/..', '../2030-12-31T00:00:00Z', '2026-11-20'],
  sortby: ['id', '-id'],
  filter: ['1 = 1'],
}

/**
 * Real ids for path parameters: a few features of each collection (read through the API, as a
 * client would), and the first alerts, assessments, ERBM cités and sites at risk.
 */
export async function readKnownValues(
  app: TestApp,
  pool: pg.Pool,
  collections: string[],
): Promise<KnownValues> {
  const features = new Map<string, string[]>()
  for (const collection of collections) {
    const answer = await app.inject({ url: `/collections/${collection}/items?limit=3` })
    const ids = answer.statusCode === 200 ? (answer.json() as { features: { id: unknown }[] }).features : []
    features.set(
      collection,
      ids.map((feature) => String(feature.id)),
    )
  }
  const rows = new Map<string, string[]>()
  for (const [prefix, sql] of Object.entries(FIRST_IDS)) {
    rows.set(
      prefix,
      (await pool.query<{ id: string }>(sql).catch(() => ({ rows: [] }))).rows.map((row) => row.id),
    )
  }
  return (path, parameter) => {
    const query = QUERY_SAMPLES[parameter]
    if (query) return query
    const collection = /^\/collections\/([^/{]+)\//.exec(path)?.[1]
    if (parameter === 'collectionId') return collections
    if (parameter === 'featureId')
      return collection ? (features.get(collection) ?? []) : [...features.values()].flat()
    if (parameter !== 'id') return []
    const prefix = Object.keys(FIRST_IDS).find((candidate) => path.startsWith(`/${candidate}/`))
    return prefix ? (rows.get(prefix) ?? []) : []
  }
}
