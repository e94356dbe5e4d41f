import { describe, expect, it } from 'vitest'
import { expectProblem, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()
const accounts = useAccounts(server)

const ADMIN_ROUTES = [
  ['GET', '/admin/organisations'],
  ['POST', '/admin/organisations'],
  ['GET', '/admin/users'],
  ['POST', '/admin/users'],
  ['PATCH', '/admin/users/3f1c2a4e-8b7d-4c3e-9a1f-2b6d5e4c3a21'],
] as const

describe('admin routes: admins only', () => {
  it.each(ADMIN_ROUTES)('%s %s is a 401 for an anonymous visitor', async (method, url) => {
    expect(expectProblem(await server.app.inject({ method, url, payload: {} }), 401).detail).toMatch(/log in/)
  })

  it.each(
    ADMIN_ROUTES.flatMap((route) =>
      (['partner', 'officer'] as const).map((role) => [role, ...route] as const),
    ),
  )('is a 403 for a %s: %s %s', async (role, method, url) => {
    const session = await accounts.session(role)
    const response = await server.app.inject({
      method,
      url,
      headers: session.headers,
      payload: { name: 'x' },
    })
    expect(expectProblem(response, 403).detail).toMatch(/admin:manage-/)
  })

  it.each(ADMIN_ROUTES.filter(([method]) => method === 'GET'))(
    '%s %s is open to an admin',
    async (method, url) => {
      const session = await accounts.session('admin')
      const response = await server.app.inject({ method, url, headers: session.headers })
      expect(response.statusCode, response.body).toBe(200)
      expect(response.headers['cache-control']).toBe('no-store')
    },
  )
})
