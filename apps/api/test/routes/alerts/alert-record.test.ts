import { AlertSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { addPhoto, createAlert } from './alert-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

describe('GET /alerts/{id}: the record read in one statement (ALERT_RECORD_SQL)', () => {
  it('shows the photos, timeline and timestamps the tables hold, read here with SQL of its own', async () => {
    const partner = await accounts.session('partner')
    const alert = await createAlert(server.app, partner)
    const url = `/alerts/${alert.id}`
    const comment = await server.app.inject({
      method: 'POST',
      url: `${url}/comments`,
      headers: partner.headers,
      payload: { body: 'Deux photos.' },
    })
    expect(comment.statusCode, comment.body).toBe(200)
    // Two different images: the same bytes twice would be one photo.
    await addPhoto(server.app, partner, alert.id, 'b.png', 2)
    await addPhoto(server.app, partner, alert.id, 'a.png', 3)
    const response = await server.app.inject({ method: 'GET', url, headers: partner.headers })
    expect(response.statusCode, response.body).toBe(200)
    const record = AlertSchema.parse(response.json())

    // Each row as `pg` returns a column, in the order the record promises.
    const photos = await server.pool.query<{ id: string; filename: string; byte_size: number; at: Date }>(
      `SELECT id, filename, byte_size, created_at AS at FROM alert_photo WHERE alert_id = $1
       ORDER BY created_at, id`,
      [alert.id],
    )
    const events = await server.pool.query<{ id: number; kind: string; at: Date; author: string }>(
      'SELECT id, kind, at, author_id AS author FROM alert_event WHERE alert_id = $1 ORDER BY id',
      [alert.id],
    )
    expect(
      record.photos.map(({ id, filename, byteSize, createdAt }) => [id, filename, byteSize, createdAt]),
    ).toEqual(photos.rows.map((row) => [row.id, row.filename, row.byte_size, row.at.toISOString()]))
    expect(record.events.map(({ id, kind, at, author }) => [id, kind, at, author.id])).toEqual(
      events.rows.map((row) => [row.id, row.kind, row.at.toISOString(), row.author]),
    )
    expect(record.events.map((event) => event.kind)).toEqual(['created', 'comment', 'photo', 'photo'])
    expect(record.photos[0]).toMatchObject({
      mediaType: 'image/png',
      href: `${url}/photos/${record.photos[0]!.id}`,
    })
  })
})
