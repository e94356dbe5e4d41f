import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert } from './alert-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

let partner: Session
let officer: Session
let token: string
let alertId: string

const createToken = async (session: Session) => {
  const response = await server.app.inject({
    method: 'POST',
    url: '/auth/tokens',
    headers: session.headers,
    payload: { name: 'feed reader' },
  })
  return (response.json() as { token: string }).token
}
const entries = (atom: string) => atom.split('<entry>').slice(1)

beforeAll(async () => {
  partner = await accounts.session('partner')
  officer = await accounts.session('officer')
  token = await createToken(partner)
  const alert = await createAlert(server.app, partner, { title: 'Tags <b>&</b> "graffitis"' })
  alertId = alert.id
  const moved = await server.app.inject({
    method: 'POST',
    url: `/alerts/${alertId}/status`,
    headers: officer.headers,
    payload: { status: 'prise_en_compte', comment: 'Équipe prévenue <script>' },
  })
  expect(moved.statusCode, moved.body).toBe(200)
})

describe('GET /alerts/feed.atom', () => {
  it('gives the latest changes, newest first, with what changed, who and a link to the app', async () => {
    const response = await server.app.inject({ url: `/alerts/feed.atom?token=${token}` })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/atom\+xml/)
    expect(response.headers['cache-control']).toBe('private, no-store')
    const [status, created] = entries(response.body)
    expect(status).toContain('Prise en compte')
    expect(status).toContain('Nouvelle → Prise en compte')
    expect(status).toContain('Équipe prévenue &lt;script&gt;')
    expect(status).toContain('<name>Test officer</name>')
    expect(status).toContain(`/app/#alerte=${alertId}"`)
    expect(created).toContain('nouvelle alerte')
    // Stored words are escaped: no markup of the alert's reaches the reader.
    expect(response.body).not.toContain('<b>')
    expect(response.body).not.toContain('<script>')
    expect(response.body).toContain('Tags &lt;b&gt;&amp;&lt;/b&gt;')
    // The token is never written back into the document.
    expect(response.body).not.toContain(token)
  })

  it('takes a Bearer token or the session cookie as well', async () => {
    const bearer = await server.app.inject({
      url: '/alerts/feed.atom',
      headers: { authorization: `Bearer ${token}` },
    })
    expect(entries(bearer.body).length).toBeGreaterThanOrEqual(2)
    const cookie = await server.app.inject({ url: '/alerts/feed.atom', headers: { cookie: officer.cookie } })
    expect(cookie.body).toContain(`#alerte=${alertId}`)
  })

  it('holds at most 50 entries', async () => {
    const response = await server.app.inject({
      url: '/alerts/feed.atom',
      headers: { cookie: officer.cookie },
    })
    expect(entries(response.body).length).toBeLessThanOrEqual(50)
  })

  it('refuses anonymous callers, bad tokens and unknown parameters with a problem', async () => {
    expectProblem(await server.app.inject({ url: '/alerts/feed.atom' }), 401)
    expectProblem(await server.app.inject({ url: '/alerts/feed.atom?token=hw_nope' }), 401)
    const problem = expectProblem(
      await server.app.inject({ url: `/alerts/feed.atom?token=${token}&limit=5` }),
      400,
    )
    expect(invalidNames(problem)).toEqual(['limit'])
    expect(
      invalidNames(
        expectProblem(
          await server.app.inject({ url: `/alerts/feed.atom?token=${token}&token=${token}` }),
          400,
        ),
      ),
    ).toEqual(['token'])
  })
})
