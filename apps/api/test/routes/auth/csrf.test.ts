import { ApiTokenListSchema, UserSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { expectProblem, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()
const accounts = useAccounts(server)

const listTokens = async (cookie: string) => {
  const response = await server.app.inject({ url: '/auth/tokens', headers: { cookie } })
  expect(response.statusCode, response.body).toBe(200)
  return ApiTokenListSchema.parse(response.json()).tokens
}

describe('CSRF on cookie-authenticated writes', () => {
  it.each([
    ['missing', undefined, /missing X-CSRF-Token header/],
    ['empty', '', /missing X-CSRF-Token header/],
    ['wrong', 'x'.repeat(43), /X-CSRF-Token header does not match/],
  ])('refuses a %s X-CSRF-Token header with a 403, and writes nothing', async (_case, header, detail) => {
    const session = await accounts.session('officer')
    const headers = { cookie: session.cookie, ...(header === undefined ? {} : { 'x-csrf-token': header }) }
    const response = await server.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      headers,
      payload: { name: 'qgis' },
    })
    expect(expectProblem(response, 403).detail).toMatch(detail)
    expect(await listTokens(session.cookie)).toEqual([])
  })

  it('refuses another session’s CSRF token', async () => {
    const [mine, theirs] = [await accounts.session('officer'), await accounts.session('officer')]
    const headers = { cookie: mine.cookie, 'x-csrf-token': theirs.csrfToken }
    const response = await server.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      headers,
      payload: { name: 'qgis' },
    })
    expectProblem(response, 403)
    expect(await listTokens(mine.cookie)).toEqual([])
  })

  it('lets the write through with the session’s CSRF token', async () => {
    const session = await accounts.session('officer')
    const response = await server.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      headers: session.headers,
      payload: { name: 'qgis' },
    })
    expect(response.statusCode, response.body).toBe(201)
    expect(await listTokens(session.cookie)).toHaveLength(1)
  })

  it('guards the admin writes too: no change without the header', async () => {
    const admin = await accounts.session('admin')
    const { user } = await accounts.account('officer')
    const response = await server.app.inject({
      method: 'PATCH',
      url: `/admin/users/${user.id}`,
      headers: { cookie: admin.cookie },
      payload: { displayName: 'Changed' },
    })
    expectProblem(response, 403)
    const after = await server.app.inject({ url: '/admin/users', headers: { cookie: admin.cookie } })
    const stored = (after.json() as { users: unknown[] }).users.map((row) => UserSchema.parse(row))
    expect(stored.find((row) => row.id === user.id)?.displayName).toBe(user.displayName)
  })

  it('asks nothing of reads', async () => {
    const session = await accounts.session('officer')
    expect(
      (await server.app.inject({ url: '/auth/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(200)
  })
})
