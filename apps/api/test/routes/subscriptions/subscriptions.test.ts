import { SubscriptionCreatedSchema, SubscriptionListSchema, SubscriptionSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

// /subscriptions as its owner uses it, and every request it refuses. The app of useTestApp runs no worker
// and allows no plain-http webhook (the production defaults).

const server = useTestApp()
const accounts = useAccounts(server)

const FEATURE = { kind: 'feature', collection: 'terrils', featureId: '74A' }
/** A square around Loos-en-Gohelle's terrils, inside the basin (synthetic test zone). */
const LOOS_SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [2.77, 50.45],
      [2.81, 50.45],
      [2.81, 50.47],
      [2.77, 50.47],
      [2.77, 50.45],
    ],
  ],
}

describe('/subscriptions: the owner’s CRUD', () => {
  it('creates each kind, lists, changes and deletes, and keeps the secret out of every later answer', async () => {
    const officer = await accounts.session('officer')
    const bodies = [
      { target: { kind: 'commune', code: '62528' }, frequency: 'daily', email: true },
      { target: { kind: 'epci', code: '246200364' }, frequency: 'weekly', email: true },
      { target: { kind: 'polygon', polygon: LOOS_SQUARE }, frequency: 'immediate', email: true },
      { target: FEATURE, frequency: 'immediate', email: true, language: 'en' },
      { target: { kind: 'category', category: 'incendie' }, frequency: 'daily', email: true },
      { target: { kind: 'severity', severity: 'high' }, frequency: 'immediate', email: true },
      {
        target: { kind: 'triage' },
        frequency: 'immediate',
        email: false,
        webhookUrl: 'https://hooks.example.invalid/heritage',
      },
    ]
    const created = []
    for (const body of bodies) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/subscriptions',
        headers: officer.headers,
        payload: body,
      })
      expect(response.statusCode, response.body).toBe(201)
      created.push(SubscriptionCreatedSchema.parse(response.json()))
    }
    expect(created.map((subscription) => subscription.target.kind)).toEqual(
      bodies.map((body) => body.target.kind),
    )
    expect(created[0]!.label).toBe('Loos-en-Gohelle')
    expect(created[1]!.label).toBe('CA de Lens - Liévin')
    expect(created[0]!.nextDigestAt).not.toBeNull()
    expect(created[2]!.nextDigestAt).toBeNull()
    expect(created[3]).toMatchObject({ language: 'en', target: FEATURE })
    expect(created[3]!.label).toBe('11/19 de Lens Ouest')
    // A secret made by the server, shown once.
    expect(created[6]!.webhookSecret).toMatch(/^[\w-]{40,}$/)

    const list = await server.app.inject({ url: '/subscriptions', headers: { cookie: officer.cookie } })
    expect(list.headers['cache-control']).toBe('no-store')
    const listed = SubscriptionListSchema.parse(list.json()).subscriptions
    expect(listed.map((subscription) => subscription.id).sort()).toEqual(created.map((one) => one.id).sort())
    expect(list.body).not.toContain(created[6]!.webhookSecret)

    const patched = await server.app.inject({
      method: 'PATCH',
      url: `/subscriptions/${created[2]!.id}`,
      headers: officer.headers,
      payload: { frequency: 'weekly', language: 'en' },
    })
    expect(patched.statusCode, patched.body).toBe(200)
    const changed = SubscriptionSchema.parse(patched.json())
    expect(changed).toMatchObject({ frequency: 'weekly', language: 'en' })
    expect(new Date(changed.nextDigestAt!).getTime()).toBeGreaterThan(Date.now())

    const removed = await server.app.inject({
      method: 'DELETE',
      url: `/subscriptions/${created[0]!.id}`,
      headers: officer.headers,
    })
    expect(removed.statusCode).toBe(204)
    const gone = await server.app.inject({
      url: `/subscriptions/${created[0]!.id}`,
      headers: { cookie: officer.cookie },
    })
    expectProblem(gone, 404)
  })

  it('hides another account’s subscription and its deliveries (404)', async () => {
    const owner = await accounts.session('partner')
    const other = await accounts.session('partner')
    const response = await server.app.inject({
      method: 'POST',
      url: '/subscriptions',
      headers: owner.headers,
      payload: { target: FEATURE, frequency: 'immediate', email: true },
    })
    const { id } = SubscriptionCreatedSchema.parse(response.json())
    for (const url of [`/subscriptions/${id}`, `/subscriptions/${id}/deliveries`])
      expectProblem(await server.app.inject({ url, headers: { cookie: other.cookie } }), 404)
    expectProblem(
      await server.app.inject({ method: 'DELETE', url: `/subscriptions/${id}`, headers: other.headers }),
      404,
    )
    const own = await server.app.inject({
      url: `/subscriptions/${id}/deliveries`,
      headers: { cookie: owner.cookie },
    })
    expect(own.json()).toEqual({ deliveries: [] })
  })
})

describe('/subscriptions: refusals', () => {
  it('asks anonymous visitors to log in', async () => {
    expectProblem(await server.app.inject({ url: '/subscriptions' }), 401)
  })

  it('keeps the triage notice to officers and admins', async () => {
    const partner = await accounts.session('partner')
    const response = await server.app.inject({
      method: 'POST',
      url: '/subscriptions',
      headers: partner.headers,
      payload: { target: { kind: 'triage' }, frequency: 'daily', email: true },
    })
    expectProblem(response, 403)
  })

  const BAD_BODIES: [string, object, string][] = [
    ['an unknown kind', { target: { kind: 'planet' }, frequency: 'daily', email: true }, 'target.kind'],
    [
      'a commune outside the basin',
      { target: { kind: 'commune', code: '75056' }, frequency: 'daily', email: true },
      'target.code',
    ],
    [
      'a malformed INSEE code',
      { target: { kind: 'commune', code: 'Lens' }, frequency: 'daily', email: true },
      'target.code',
    ],
    [
      'an EPCI outside the basin',
      { target: { kind: 'epci', code: '217500016' }, frequency: 'daily', email: true },
      'target.code',
    ],
    [
      'an unknown collection',
      { target: { ...FEATURE, collection: 'chateaux' }, frequency: 'daily', email: true },
      'target.collection',
    ],
    [
      'an unknown feature',
      { target: { ...FEATURE, featureId: '999Z' }, frequency: 'daily', email: true },
      'target.featureId',
    ],
    [
      'a severity outside the vocabulary',
      { target: { kind: 'severity', severity: 'grave' }, frequency: 'daily', email: true },
      'target.severity',
    ],
    ['an unknown frequency', { target: FEATURE, frequency: 'hourly', email: true }, 'frequency'],
    ['no channel', { target: FEATURE, frequency: 'daily', email: false }, 'email'],
    [
      'a plain-http webhook',
      { target: FEATURE, frequency: 'daily', email: false, webhookUrl: 'http://127.0.0.1:9/hook' },
      'webhookUrl',
    ],
    [
      'a webhook that is no URL',
      { target: FEATURE, frequency: 'daily', email: false, webhookUrl: 'ftp://x' },
      'webhookUrl',
    ],
    [
      'a short secret',
      {
        target: FEATURE,
        frequency: 'daily',
        email: false,
        webhookUrl: 'https://a.invalid/h',
        webhookSecret: 'short',
      },
      'webhookSecret',
    ],
    [
      'a polygon over Amiens',
      {
        target: {
          kind: 'polygon',
          polygon: {
            type: 'Polygon',
            coordinates: [
              [
                [2.29, 49.89],
                [2.31, 49.89],
                [2.31, 49.9],
                [2.29, 49.89],
              ],
            ],
          },
        },
        frequency: 'daily',
        email: true,
      },
      'target.polygon',
    ],
    [
      'a self-crossing polygon',
      {
        target: {
          kind: 'polygon',
          polygon: {
            type: 'Polygon',
            coordinates: [
              [
                [2.77, 50.45],
                [2.81, 50.47],
                [2.81, 50.45],
                [2.77, 50.47],
                [2.77, 50.45],
              ],
            ],
          },
        },
        frequency: 'daily',
        email: true,
      },
      'target.polygon',
    ],
    [
      'an open ring',
      {
        target: {
          kind: 'polygon',
          polygon: {
            type: 'Polygon',
            coordinates: [
              [
                [2.77, 50.45],
                [2.81, 50.47],
                [2.81, 50.45],
                [2.77, 50.47],
              ],
            ],
          },
        },
        frequency: 'daily',
        email: true,
      },
      'target.polygon',
    ],
    ['an unknown field', { target: FEATURE, frequency: 'daily', email: true, colour: 'red' }, 'colour'],
  ]
  it.each(BAD_BODIES)('refuses %s (400 naming the field)', async (_what, payload, field) => {
    const partner = await accounts.session('partner')
    const response = await server.app.inject({
      method: 'POST',
      url: '/subscriptions',
      headers: partner.headers,
      payload,
    })
    expect(invalidNames(expectProblem(response, 400))).toContain(field)
    const list = await server.app.inject({ url: '/subscriptions', headers: { cookie: partner.cookie } })
    expect(list.json()).toEqual({ subscriptions: [] })
  })

  it('refuses a malformed id, an empty change and a change that leaves no channel', async () => {
    const partner = await accounts.session('partner')
    expect(
      invalidNames(
        expectProblem(
          await server.app.inject({ url: '/subscriptions/x', headers: { cookie: partner.cookie } }),
          400,
        ),
      ),
    ).toEqual(['id'])
    const created = await server.app.inject({
      method: 'POST',
      url: '/subscriptions',
      headers: partner.headers,
      payload: { target: FEATURE, frequency: 'daily', email: true },
    })
    const { id } = SubscriptionCreatedSchema.parse(created.json())
    const patch = (payload: object) =>
      server.app.inject({ method: 'PATCH', url: `/subscriptions/${id}`, headers: partner.headers, payload })
    expect(invalidNames(expectProblem(await patch({}), 400))).toEqual(['frequency'])
    expect(invalidNames(expectProblem(await patch({ email: false }), 400))).toEqual(['email'])
  })
})
