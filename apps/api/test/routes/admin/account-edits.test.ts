import { AccountEventPageSchema, UserSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  expectProblem,
  invalidNames,
  type Session,
  TEST_PASSWORD,
  useAccounts,
} from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

// Admins edit accounts (email, name, organisation, role, active state); every change is in the admin log
// with the fields before and after; the last active admin keeps the role.

const server = useTestApp()
const accounts = useAccounts(server)
let admin: Session
beforeAll(async () => {
  admin = await accounts.session('admin')
})

const patch = (id: string, payload: object, session = admin) =>
  server.app.inject({ method: 'PATCH', url: `/admin/users/${id}`, headers: session.headers, payload })
const login = (email: string) =>
  server.app.inject({ method: 'POST', url: '/auth/login', payload: { email, password: TEST_PASSWORD } })
/** The newest admin-log lines about `targetId`. */
async function actionsOn(targetId: string) {
  const response = await server.app.inject({ url: '/admin/log/actions?limit=100', headers: admin.headers })
  expect(response.statusCode, response.body).toBe(200)
  return AccountEventPageSchema.parse(response.json()).events.filter((event) => event.targetId === targetId)
}

describe('PATCH /admin/users/{id}: edits', () => {
  it('changes email, name and organisation; the new email logs in; the log has before and after', async () => {
    const partner = await accounts.account('partner')
    const organisation = await accounts.organisation()
    const email = accounts.email('renamed')
    const response = await patch(partner.user.id, {
      email: email.toUpperCase(),
      displayName: 'Jeanne Martin',
      organisationId: organisation.id,
    })
    expect(response.statusCode, response.body).toBe(200)
    expect(UserSchema.parse(response.json())).toMatchObject({
      email,
      displayName: 'Jeanne Martin',
      organisation: { id: organisation.id },
    })
    expect((await login(email)).statusCode).toBe(200)
    expectProblem(await login(partner.email), 401)
    const [event] = await actionsOn(partner.user.id)
    expect(event).toMatchObject({
      action: 'user-updated',
      actorId: admin.user.id,
      actorEmail: admin.email,
      targetEmail: email,
      before: { email: partner.email, displayName: 'Test partner', disabled: false, role: 'partner' },
      after: { email, displayName: 'Jeanne Martin', organisationId: organisation.id },
    })
  })

  it('is a 409 for an email another account has, and changes nothing', async () => {
    const [first, second] = [await accounts.account('officer'), await accounts.account('officer')]
    expectProblem(await patch(first.user.id, { email: second.email, displayName: 'Changed' }), 409)
    const { rows } = await server.pool.query('SELECT email, display_name FROM app_user WHERE id = $1', [
      first.user.id,
    ])
    expect(rows).toEqual([{ email: first.email, display_name: 'Test officer' }])
  })

  it('changes a role, deactivates and reactivates, each logged with role and state before/after', async () => {
    const { user } = await accounts.account('officer')
    expect((await patch(user.id, { role: 'admin' })).statusCode).toBe(200)
    expect((await patch(user.id, { disabled: true })).statusCode).toBe(200)
    expect((await patch(user.id, { disabled: false, role: 'officer' })).statusCode).toBe(200)
    const changes = (await actionsOn(user.id)).map((event) => [
      `${event.before?.role} ${event.before?.disabled}`,
      `${event.after?.role} ${event.after?.disabled}`,
    ])
    expect(changes).toEqual([
      ['admin true', 'officer false'],
      ['admin false', 'admin true'],
      ['officer false', 'admin false'],
    ])
  })
})

describe('the last active admin', () => {
  it('of two admins demoting each other at once, one wins and one active admin remains', async () => {
    const [first, second] = [await accounts.session('admin'), await accounts.session('admin')]
    // Only these two are active admins for this test (files run one after another); put back after.
    const others = await server.pool.query(
      "UPDATE app_user SET disabled = true WHERE role = 'admin' AND NOT disabled AND id NOT IN ($1, $2) RETURNING id",
      [first.user.id, second.user.id],
    )
    try {
      const answers = await Promise.all([
        patch(second.user.id, { role: 'officer' }, first),
        patch(first.user.id, { role: 'officer' }, second),
      ])
      const statuses = answers.map((answer) => answer.statusCode).sort()
      expect(statuses[0]).toBe(200)
      expect([400, 403]).toContain(statuses[1])
      const refused = answers.find((answer) => answer.statusCode === 400)
      if (refused) expect(invalidNames(expectProblem(refused, 400))).toEqual(['role'])
      const { rows } = await server.pool.query(
        "SELECT count(*)::int AS n FROM app_user WHERE role = 'admin' AND NOT disabled AND id IN ($1, $2)",
        [first.user.id, second.user.id],
      )
      expect(rows).toEqual([{ n: 1 }])
    } finally {
      const ids = others.rows.map((row: { id: string }) => row.id)
      await server.pool.query('UPDATE app_user SET disabled = false WHERE id = ANY($1::uuid[])', [ids])
    }
  })

  it('cannot be deactivated or demoted by the admin themself', async () => {
    const self = await accounts.session('admin')
    const problem = expectProblem(await patch(self.user.id, { disabled: true }, self), 400)
    expect(invalidNames(problem)).toContain('disabled')
  })
})
