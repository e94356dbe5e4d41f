import { AlertBulkResultSchema, AlertSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { addPhoto, alertTableCounts, createAlert } from './alert-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

const act = async (session: Session, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: unknown) =>
  server.app.inject({ method, url, headers: session.headers, payload: payload as object })

async function ok(session: Session, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: unknown) {
  const response = await act(session, method, url, payload)
  expect(response.statusCode, response.body).toBe(200)
  return AlertSchema.parse(response.json())
}

describe('the status workflow', () => {
  it('goes nouvelle → prise_en_compte → en_cours → resolue, each step an event with its author', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const alert = await createAlert(server.app, partner)
    const url = `/alerts/${alert.id}/status`
    expect((await ok(officer, 'POST', url, { status: 'prise_en_compte' })).nextStatuses).toEqual([
      'en_cours',
      'rejetee',
    ])
    await ok(officer, 'POST', url, { status: 'en_cours', comment: 'Visite prévue lundi.' })
    const done = await ok(officer, 'POST', url, { status: 'resolue' })
    expect(done.status).toBe('resolue')
    expect(done.nextStatuses).toEqual([])
    expect(done.events.map((event) => [event.kind, event.author.id])).toEqual([
      ['created', partner.user.id],
      ['status', officer.user.id],
      ['status', officer.user.id],
      ['status', officer.user.id],
    ])
    expect(done.events[2]).toMatchObject({
      data: { from: 'prise_en_compte', to: 'en_cours', comment: 'Visite prévue lundi.' },
    })
  })

  it('refuses an illegal transition with a 409 naming the allowed ones, and records nothing', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const alert = await createAlert(server.app, partner)
    const before = await alertTableCounts(server.pool)
    const skip = await act(officer, 'POST', `/alerts/${alert.id}/status`, { status: 'resolue' })
    const problem = expectProblem(skip, 409) as { detail: string; code?: string }
    expect(problem.code).toBe('transition_illegal')
    expect(problem.detail).toMatch(/"prise_en_compte" or "rejetee"/)
    const unknown = await act(officer, 'POST', `/alerts/${alert.id}/status`, { status: 'fermee' })
    expect(invalidNames(expectProblem(unknown, 400))).toEqual(['status'])
    expect(await alertTableCounts(server.pool)).toEqual(before)
  })

  it('lets only officers and admins triage: a partner gets a 403', async () => {
    const partner = await accounts.session('partner')
    const alert = await createAlert(server.app, partner)
    const response = await act(partner, 'POST', `/alerts/${alert.id}/status`, { status: 'prise_en_compte' })
    expectProblem(response, 403)
    expect(
      AlertSchema.parse(
        (await server.app.inject({ url: `/alerts/${alert.id}`, headers: { cookie: partner.cookie } })).json(),
      ).status,
    ).toBe('nouvelle')
  })

  it('moves several alerts at once, or none when one of them cannot move', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const [a, b, c] = [
      await createAlert(server.app, partner),
      await createAlert(server.app, partner),
      await createAlert(server.app, partner),
    ]
    await ok(officer, 'POST', `/alerts/${c!.id}/status`, { status: 'rejetee' })
    const before = await alertTableCounts(server.pool)
    const refused = await act(officer, 'POST', '/alerts/bulk/status', {
      ids: [a!.id, b!.id, c!.id],
      status: 'prise_en_compte',
    })
    expect(invalidNames(expectProblem(refused, 400))).toEqual(['ids.2'])
    expect(await alertTableCounts(server.pool)).toEqual(before)
    const moved = await server.app.inject({
      method: 'POST',
      url: '/alerts/bulk/status',
      headers: officer.headers,
      payload: { ids: [a!.id, b!.id], status: 'prise_en_compte', comment: 'Vu en réunion.' },
    })
    expect(moved.statusCode, moved.body).toBe(200)
    expect(AlertBulkResultSchema.parse(moved.json()).alerts.map((alert) => [alert.id, alert.status])).toEqual(
      [
        [a!.id, 'prise_en_compte'],
        [b!.id, 'prise_en_compte'],
      ],
    )
  })
})

describe('assignment, comments, edits and photos: the timeline', () => {
  it('records each change as an event, oldest first', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const alert = await createAlert(server.app, partner)
    const url = `/alerts/${alert.id}`
    await ok(officer, 'PUT', `${url}/assignee`, { assigneeId: officer.user.id })
    await ok(partner, 'POST', `${url}/comments`, { body: 'Photo ajoutée demain.' })
    const edited = await ok(partner, 'PATCH', url, {
      severity: 'critical',
      title: 'Effondrement du flanc nord',
    })
    expect(edited).toMatchObject({
      severity: 'critical',
      title: 'Effondrement du flanc nord',
      assignee: { id: officer.user.id },
    })
    const final = await addPhoto(server.app, partner, alert.id, 'flanc.png')
    expect(final.events.map((event) => event.kind)).toEqual([
      'created',
      'assignment',
      'comment',
      'severity',
      'edit',
      'photo',
    ])
    expect(final.events[1]).toMatchObject({ data: { from: null, to: { id: officer.user.id } } })
    expect(final.events[3]).toMatchObject({ data: { from: 'high', to: 'critical' } })
    expect(final.events[4]).toMatchObject({
      data: { changes: { title: { to: 'Effondrement du flanc nord' } } },
    })
    expect(final.photos).toHaveLength(1)
  })

  it('refuses to assign a partner, naming assigneeId', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const alert = await createAlert(server.app, partner)
    const response = await act(officer, 'PUT', `/alerts/${alert.id}/assignee`, {
      assigneeId: partner.user.id,
    })
    const problem = expectProblem(response, 400) as { code?: string; 'invalid-params'?: { name: string }[] }
    expect(problem.code).toBe('assignee_invalid')
    expect(invalidNames(problem)).toEqual(['assigneeId'])
  })

  it('keeps the history append-only: the database refuses to change or delete an event', async () => {
    const partner = await accounts.session('partner')
    const alert = await createAlert(server.app, partner)
    // Its own connection, dropped afterwards: a failed statement can unsettle a pglite-socket connection.
    const client = await server.pool.connect()
    client.on('error', () => undefined)
    try {
      const update = `UPDATE alert_event SET data = '{}' WHERE alert_id = '${alert.id}'`
      await expect(client.query(update)).rejects.toThrow(/append-only/)
      await expect(client.query(`DELETE FROM alert_event WHERE alert_id = '${alert.id}'`)).rejects.toThrow(
        /append-only/,
      )
    } finally {
      client.release(true)
    }
  })
})
