import { UserListSchema, UserSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()
const accounts = useAccounts(server)
let admin: Session
beforeAll(async () => {
  admin = await accounts.session('admin')
})

const NEW_PASSWORD = 'another long password'
const create = (payload: object) =>
  server.app.inject({ method: 'POST', url: '/admin/users', headers: admin.headers, payload })
const patch = (id: string, payload: object, session = admin) =>
  server.app.inject({ method: 'PATCH', url: `/admin/users/${id}`, headers: session.headers, payload })
const login = (email: string, password: string) =>
  server.app.inject({ method: 'POST', url: '/auth/login', payload: { email, password } })

describe('POST /admin/users', () => {
  it('creates an account that can log in, and lists it without any password', async () => {
    const organisation = await accounts.organisation()
    const email = accounts.email('partner')
    const payload = {
      email,
      displayName: 'Jeanne',
      role: 'partner',
      organisationId: organisation.id,
      password: NEW_PASSWORD,
    }
    const response = await create(payload)
    expect(response.statusCode, response.body).toBe(201)
    const user = UserSchema.parse(response.json())
    expect(user).toMatchObject({
      email,
      role: 'partner',
      disabled: false,
      organisation: { id: organisation.id },
    })
    expect((await login(email, NEW_PASSWORD)).statusCode).toBe(200)
    const list = await server.app.inject({ url: '/admin/users', headers: admin.headers })
    expect(UserListSchema.parse(list.json()).users).toContainEqual(user)
    expect(list.body).not.toMatch(/argon2|password/i)
  })

  it('is a 409 for an email taken, whatever its case', async () => {
    const { email } = await accounts.account('officer')
    const response = await create({
      email: email.toUpperCase(),
      displayName: 'X',
      role: 'officer',
      password: NEW_PASSWORD,
    })
    expect(expectProblem(response, 409).detail).toMatch(/already exists/)
  })

  it('gives one account for two simultaneous creations of one email: a 201 and a 409', async () => {
    const payload = {
      email: accounts.email('twin'),
      displayName: 'X',
      role: 'officer',
      password: NEW_PASSWORD,
    }
    const statuses = (await Promise.all([create(payload), create(payload)])).map(
      (response) => response.statusCode,
    )
    expect(statuses.sort()).toEqual([201, 409])
  })

  it('is a 400 naming organisationId for a partner without one, or an unknown one', async () => {
    const payload = { email: accounts.email(), displayName: 'X', role: 'partner', password: NEW_PASSWORD }
    expect(invalidNames(expectProblem(await create(payload), 400))).toEqual(['organisationId'])
    const unknown = { ...payload, organisationId: '3f1c2a4e-8b7d-4c3e-9a1f-2b6d5e4c3a21' }
    expect(invalidNames(expectProblem(await create(unknown), 400))).toEqual(['organisationId'])
  })

  it('names every bad field', async () => {
    const problem = expectProblem(
      await create({ email: 'x', displayName: '', role: 'boss', password: 'short' }),
      400,
    )
    expect(invalidNames(problem).sort()).toEqual(['displayName', 'email', 'password', 'role'])
  })
})

describe('PATCH /admin/users/{id}', () => {
  it('changes the given fields only', async () => {
    const { user } = await accounts.account('officer')
    const response = await patch(user.id, { displayName: 'Officier', role: 'admin' })
    expect(response.statusCode, response.body).toBe(200)
    const changed = UserSchema.parse(response.json())
    expect(changed).toMatchObject({
      displayName: 'Officier',
      role: 'admin',
      email: user.email,
      organisation: null,
    })
    expect(Date.parse(changed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(user.updatedAt))
  })

  it('keeps a partner in an organisation: a 400 naming organisationId', async () => {
    const partner = await accounts.account('partner')
    expect(invalidNames(expectProblem(await patch(partner.user.id, { organisationId: null }), 400))).toEqual([
      'organisationId',
    ])
    const officer = await accounts.account('officer')
    expect(invalidNames(expectProblem(await patch(officer.user.id, { role: 'partner' }), 400))).toEqual([
      'organisationId',
    ])
    const organisation = await accounts.organisation()
    const moved = await patch(officer.user.id, { role: 'partner', organisationId: organisation.id })
    expect(UserSchema.parse(moved.json()).organisation?.id).toBe(organisation.id)
  })

  it('disabling an account ends its sessions and refuses its logins', async () => {
    const session = await accounts.session('partner')
    expect((await patch(session.user.id, { disabled: true })).statusCode).toBe(200)
    const { rows } = await server.pool.query(
      'SELECT count(*)::int AS count FROM user_session WHERE user_id = $1',
      [session.user.id],
    )
    expect(rows[0].count).toBe(0)
    expectProblem(await server.app.inject({ url: '/auth/me', headers: { cookie: session.cookie } }), 401)
    expectProblem(await login(session.email, 'a long test password 42'), 401)
  })

  it('resets a password: the old one no longer works, the new one does, old sessions end', async () => {
    const session = await accounts.session('officer')
    expect((await patch(session.user.id, { password: NEW_PASSWORD })).statusCode).toBe(200)
    expectProblem(await login(session.email, 'a long test password 42'), 401)
    expect((await login(session.email, NEW_PASSWORD)).statusCode).toBe(200)
    expectProblem(await server.app.inject({ url: '/auth/me', headers: { cookie: session.cookie } }), 401)
  })

  it('does not let an admin disable or demote themself', async () => {
    const self = await accounts.session('admin')
    const problem = expectProblem(await patch(self.user.id, { disabled: true, role: 'officer' }, self), 400)
    expect(invalidNames(problem).sort()).toEqual(['disabled', 'role'])
  })

  it('names a bad id, an unknown field or an empty change; 404 for an unknown user', async () => {
    expect(invalidNames(expectProblem(await patch('42', { displayName: 'X' }), 400))).toEqual(['id'])
    const { user } = await accounts.account('officer')
    // An unknown field is named; zod also says that no field to change is left.
    expect(invalidNames(expectProblem(await patch(user.id, { password_hash: 'x' }), 400))).toContain(
      'password_hash',
    )
    expectProblem(await patch(user.id, {}), 400)
    expectProblem(await patch('3f1c2a4e-8b7d-4c3e-9a1f-2b6d5e4c3a21', { displayName: 'X' }), 404)
  })
})
