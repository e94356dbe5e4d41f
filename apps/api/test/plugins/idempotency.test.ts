import { randomUUID } from 'node:crypto'
import { AlertSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import {
  OWN_KEY_ROUTES,
  SECRET_ANSWER_ROUTES,
  UNKEYED_ROUTES,
} from '../../src/plugins/idempotency/keyed-routes.ts'
import { expectProblem, invalidNames, type Session, useAccounts } from '../auth/accounts-fixtures.ts'
import { useTestApp } from '../helpers/test-app.ts'
import { createAlert, multipartBody, pngImage, TERRIL_74A_ALERT } from '../routes/alerts/alert-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

function post(session: Session, url: string, payload: object, key?: string) {
  const headers = { ...session.headers, ...(key === undefined ? {} : { 'idempotency-key': key }) }
  return server.app.inject({ method: 'POST', url, headers, payload })
}

async function eventKinds(alertId: string): Promise<string[]> {
  const { rows } = await server.pool.query<{ kind: string }>(
    'SELECT kind FROM alert_event WHERE alert_id = $1 ORDER BY id',
    [alertId],
  )
  return rows.map((row) => row.kind)
}

describe('Idempotency-Key on writes (issue 13 §2)', () => {
  it('gives a retried comment its first answer again and writes it once', async () => {
    const partner = await accounts.session('partner')
    const alert = await createAlert(server.app, partner)
    const key = randomUUID()
    const url = `/alerts/${alert.id}/comments`
    const first = await post(partner, url, { body: 'Fissure élargie.' }, key)
    expect(first.statusCode, first.body).toBe(200)
    const again = await post(partner, url, { body: 'Fissure élargie.' }, key)
    expect(again.statusCode).toBe(200)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(again.headers['content-type']).toBe(first.headers['content-type'])
    expect(again.body).toBe(first.body)
    expect(first.headers['idempotent-replayed']).toBeUndefined()
    expect(await eventKinds(alert.id)).toEqual(['created', 'comment'])
  })

  it('refuses the same key with another body (422, nothing written), keys being per account', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const alert = await createAlert(server.app, partner)
    const key = randomUUID()
    const url = `/alerts/${alert.id}/comments`
    expect((await post(partner, url, { body: 'Premier.' }, key)).statusCode).toBe(200)
    const other = await post(partner, url, { body: 'Autre chose.' }, key)
    expect((expectProblem(other, 422) as { code?: string }).code).toBe('idempotency_mismatch')
    // Another account's key is its own, even when it is spelt the same.
    expect((await post(officer, url, { body: 'Autre chose.' }, key)).statusCode).toBe(200)
    expect(await eventKinds(alert.id)).toEqual(['created', 'comment', 'comment'])
  })

  it('writes as before without a key, and names a malformed key', async () => {
    const partner = await accounts.session('partner')
    const alert = await createAlert(server.app, partner)
    const url = `/alerts/${alert.id}/comments`
    expect((await post(partner, url, { body: 'Sans clé.' })).statusCode).toBe(200)
    expect((await post(partner, url, { body: 'Sans clé.' })).statusCode).toBe(200)
    const bad = await post(partner, url, { body: 'Sans clé.' }, 'a key with spaces')
    expect(invalidNames(expectProblem(bad, 400))).toEqual(['Idempotency-Key'])
    expect(await eventKinds(alert.id)).toEqual(['created', 'comment', 'comment'])
  })

  it('replays a status change instead of refusing it as a transition from the new status', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const alert = await createAlert(server.app, partner)
    const key = randomUUID()
    const url = `/alerts/${alert.id}/status`
    const first = await post(officer, url, { status: 'prise_en_compte' }, key)
    const again = await post(officer, url, { status: 'prise_en_compte' }, key)
    expect(again.statusCode, again.body).toBe(200)
    expect(AlertSchema.parse(again.json())).toEqual(AlertSchema.parse(first.json()))
    expect(await eventKinds(alert.id)).toEqual(['created', 'status'])
  })

  it('keeps nothing of a refused write: the key may then carry a valid request', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const alert = await createAlert(server.app, partner)
    const key = randomUUID()
    const url = `/alerts/${alert.id}/status`
    expectProblem(await post(officer, url, { status: 'resolue' }, key), 409)
    expect((await post(officer, url, { status: 'prise_en_compte' }, key)).statusCode).toBe(200)
    expect(await eventKinds(alert.id)).toEqual(['created', 'status'])
  })

  it('writes once when two copies of a request race', async () => {
    const partner = await accounts.session('partner')
    const alert = await createAlert(server.app, partner)
    const key = randomUUID()
    const url = `/alerts/${alert.id}/comments`
    const answers = await Promise.all([1, 2, 3].map(() => post(partner, url, { body: 'En double ?' }, key)))
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200])
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1)
    expect(await eventKinds(alert.id)).toEqual(['created', 'comment'])
  })

  it('runs a key again once it expired (24 h)', async () => {
    const partner = await accounts.session('partner')
    const alert = await createAlert(server.app, partner)
    const key = randomUUID()
    const url = `/alerts/${alert.id}/comments`
    await post(partner, url, { body: 'Hier.' }, key)
    await server.pool.query(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE user_id = $1 AND key = $2`,
      [partner.user.id, key],
    )
    const later = await post(partner, url, { body: 'Hier.' }, key)
    expect(later.headers['idempotent-replayed']).toBeUndefined()
    expect(await eventKinds(alert.id)).toEqual(['created', 'comment', 'comment'])
  })

  it('creates one API token per key, and does not keep its secret to replay', async () => {
    const partner = await accounts.session('partner')
    const key = randomUUID()
    const name = `jeton ${key.slice(0, 8)}`
    expect((await post(partner, '/auth/tokens', { name }, key)).statusCode).toBe(201)
    const again = await post(partner, '/auth/tokens', { name }, key)
    expect(expectProblem(again, 409).detail).toMatch(/shown only once/)
    const { rows } = await server.pool.query(
      'SELECT body FROM idempotency_key WHERE user_id = $1 AND key = $2',
      [partner.user.id, key],
    )
    expect(rows).toEqual([{ body: null }])
    const tokens = await server.pool.query('SELECT 1 FROM api_token WHERE user_id = $1 AND name = $2', [
      partner.user.id,
      name,
    ])
    expect(tokens.rowCount).toBe(1)
  })

  it('leaves the routes with a key of their own to it (POST /alerts)', async () => {
    const partner = await accounts.session('partner')
    const key = randomUUID()
    const first = await createAlert(server.app, partner, {}, { 'idempotency-key': key })
    const again = await post(partner, '/alerts', { ...TERRIL_74A_ALERT }, key)
    expect(again.statusCode).toBe(200)
    expect(AlertSchema.parse(again.json()).id).toBe(first.id)
    const kept = await server.pool.query('SELECT 1 FROM idempotency_key WHERE user_id = $1', [
      partner.user.id,
    ])
    expect(kept.rowCount).toBe(0)
  })

  it('adds a photo to an alert once: its checksum is the natural key of a retried upload', async () => {
    const partner = await accounts.session('partner')
    const alert = await createAlert(server.app, partner)
    const upload = async () => {
      const form = multipartBody(undefined, [
        { filename: 'flanc.png', contentType: 'image/png', content: pngImage(3) },
      ])
      const response = await server.app.inject({
        method: 'POST',
        url: `/alerts/${alert.id}/photos`,
        headers: { ...partner.headers, 'content-type': form.contentType },
        payload: form.payload,
      })
      expect(response.statusCode, response.body).toBe(200)
      return AlertSchema.parse(response.json())
    }
    await upload()
    expect((await upload()).photos).toHaveLength(1)
    expect(await eventKinds(alert.id)).toEqual(['created', 'photo'])
  })

  it('names routes that exist', () => {
    for (const name of [...OWN_KEY_ROUTES, ...UNKEYED_ROUTES, ...SECRET_ANSWER_ROUTES]) {
      const [method, url] = name.split(' ') as ['POST', string]
      expect(server.app.hasRoute({ method, url }), name).toBe(true)
    }
  })
})
