import { ApiTokenCreatedSchema, ApiTokenListSchema, MeResponseSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { tokenDigest } from '../../../src/auth/tokens.ts'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()
const accounts = useAccounts(server)

const createToken = async (session: Session, name = 'QGIS on my laptop') => {
  const response = await server.app.inject({
    method: 'POST',
    url: '/auth/tokens',
    headers: session.headers,
    payload: { name },
  })
  expect(response.statusCode, response.body).toBe(201)
  return ApiTokenCreatedSchema.parse(response.json())
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const listTokens = async (headers: Record<string, string>) => {
  const response = await server.app.inject({ url: '/auth/tokens', headers })
  expect(response.statusCode, response.body).toBe(200)
  return { raw: response.body, tokens: ApiTokenListSchema.parse(response.json()).tokens }
}
const revoke = (session: Session, id: string) =>
  server.app.inject({ method: 'DELETE', url: `/auth/tokens/${id}`, headers: session.headers })

describe('personal API tokens', () => {
  it('gives the secret once and stores only its SHA-256', async () => {
    const session = await accounts.session('officer')
    const created = await createToken(session)
    expect(created.token).toMatch(/^hw_[\w-]{43}$/)
    expect(created).toMatchObject({ name: 'QGIS on my laptop', lastUsedAt: null, revokedAt: null })
    const { rows } = await server.pool.query('SELECT token_hash FROM api_token WHERE id = $1', [created.id])
    expect(rows).toEqual([{ token_hash: tokenDigest(created.token) }])
    const { raw, tokens } = await listTokens({ cookie: session.cookie })
    expect(tokens.map((token) => token.id)).toEqual([created.id])
    expect(raw).not.toContain(created.token)
    expect(raw).not.toContain(tokenDigest(created.token))
  })

  it('authenticates a Bearer request, which needs no CSRF header, and records its use', async () => {
    const session = await accounts.session('partner')
    const { token, id } = await createToken(session)
    const response = await server.app.inject({ url: '/auth/me', headers: bearer(token) })
    expect(response.statusCode, response.body).toBe(200)
    expect(MeResponseSchema.parse(response.json())).toEqual({
      user: session.user,
      authenticatedBy: 'token',
      csrfToken: null,
    })
    const write = await server.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      headers: bearer(token),
      payload: { name: 'script' },
    })
    expect(write.statusCode, write.body).toBe(201)
    const listed = (await listTokens(bearer(token))).tokens.find((entry) => entry.id === id)
    expect(listed?.lastUsedAt).not.toBeNull()
  })

  it('refuses a revoked token at once, and lists it as revoked', async () => {
    const session = await accounts.session('officer')
    const { token, id } = await createToken(session)
    expect((await server.app.inject({ url: '/auth/me', headers: bearer(token) })).statusCode).toBe(200)
    expect((await revoke(session, id)).statusCode).toBe(204)
    expect(
      expectProblem(await server.app.inject({ url: '/auth/me', headers: bearer(token) }), 401).detail,
    ).toBe('API token revoked')
    // Even on a public route: a token is sent on purpose, so a bad one is never silently ignored.
    expectProblem(await server.app.inject({ url: '/healthz', headers: bearer(token) }), 401)
    expect((await listTokens({ cookie: session.cookie })).tokens[0]?.revokedAt).not.toBeNull()
    expect((await revoke(session, id)).statusCode).toBe(204)
  })

  it('cannot revoke another account’s token', async () => {
    const [owner, other] = [await accounts.session('officer'), await accounts.session('officer')]
    const { token, id } = await createToken(owner)
    expectProblem(await revoke(other, id), 404)
    expect((await server.app.inject({ url: '/auth/me', headers: bearer(token) })).statusCode).toBe(200)
  })

  it('refuses a token of a disabled account', async () => {
    const session = await accounts.session('officer')
    const { token } = await createToken(session)
    await server.pool.query('UPDATE app_user SET disabled = true WHERE id = $1', [session.user.id])
    expect(
      expectProblem(await server.app.inject({ url: '/auth/me', headers: bearer(token) }), 401).detail,
    ).toMatch(/disabled/)
  })

  it('refuses unknown and malformed tokens, anonymous callers and bad input', async () => {
    expectProblem(await server.app.inject({ url: '/auth/me', headers: bearer(`hw_${'A'.repeat(43)}`) }), 401)
    expectProblem(await server.app.inject({ url: '/auth/me', headers: bearer('garbage') }), 401)
    expectProblem(await server.app.inject({ url: '/auth/tokens' }), 401)
    const session = await accounts.session('officer')
    const empty = await server.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      headers: session.headers,
      payload: { name: ' ' },
    })
    expect(invalidNames(expectProblem(empty, 400))).toEqual(['name'])
    expect(invalidNames(expectProblem(await revoke(session, 'not-a-uuid'), 400))).toEqual(['id'])
    const query = await server.app.inject({
      url: '/auth/tokens?limit=5',
      headers: { cookie: session.cookie },
    })
    expect(invalidNames(expectProblem(query, 400))).toEqual(['limit'])
  })
})
