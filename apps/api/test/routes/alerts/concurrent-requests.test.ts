import { AlertSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert, TERRIL_74A_ALERT } from './alert-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// Requests at the same time must each get their own answer. On the embedded database this once failed:
// pglite-socket interleaved the protocol messages of concurrent connections (electric-sql/pglite#1046),
// so answers came back 404, 500 or 401, once with another query's row.
describe('concurrent requests', () => {
  it('answers six simultaneous reports with six 201s and six different alerts', async () => {
    const partner = await accounts.session('partner')
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        server.app.inject({
          method: 'POST',
          url: '/alerts',
          headers: partner.headers,
          payload: { ...TERRIL_74A_ALERT, title: `Simultané ${index}` },
        }),
      ),
    )
    expect(answers.map((answer) => answer.statusCode)).toEqual([201, 201, 201, 201, 201, 201])
    const alerts = answers.map((answer) => AlertSchema.parse(answer.json()))
    expect(alerts.map((alert) => alert.title)).toEqual(alerts.map((_, index) => `Simultané ${index}`))
    expect(new Set(alerts.map((alert) => alert.id)).size).toBe(6)
  })

  it('gives every reader its own alert while others comment on it', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const mine = await createAlert(server.app, partner, { title: 'Lue et commentée' })
    const other = await createAlert(server.app, officer, { title: 'Une autre' })
    const comments = Array.from({ length: 4 }, (_, index) =>
      server.app.inject({
        method: 'POST',
        url: `/alerts/${mine.id}/comments`,
        headers: partner.headers,
        payload: { body: `Commentaire ${index}` },
      }),
    )
    const reads = Array.from({ length: 8 }, (_, index) =>
      server.app.inject({
        url: `/alerts/${index % 2 ? mine.id : other.id}`,
        headers: { cookie: officer.cookie },
      }),
    )
    const answers = await Promise.all([...comments, ...reads])
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(12).fill(200))
    for (const [index, answer] of answers.slice(4).entries()) {
      expect(AlertSchema.parse(answer.json()).title).toBe(index % 2 ? 'Lue et commentée' : 'Une autre')
    }
    const final = AlertSchema.parse(
      (await server.app.inject({ url: `/alerts/${mine.id}`, headers: { cookie: partner.cookie } })).json(),
    )
    expect(final.events.filter((event) => event.kind === 'comment')).toHaveLength(4)
  })
})
