import { deflateSync } from 'node:zlib'
import { type Alert, AlertSchema, type AlertCreateRequest } from '@heritage-watch/shared'
import type pg from 'pg'
import { expect } from 'vitest'
import type { Session } from '../../auth/accounts-fixtures.ts'
import type { TestApp } from '../../helpers/test-app.ts'

/** A valid alert body on terril 74A (buffer zone, Loos-en-Gohelle), to spread with the fields a test changes. */
export const TERRIL_74A_ALERT: AlertCreateRequest = {
  features: [{ collection: 'terrils', id: '74A' }],
  category: 'erosion',
  severity: 'high',
  title: 'Ravinement sur le flanc nord',
  description: 'Ravines profondes après les pluies de novembre.',
  observedOn: '2026-11-20',
}

/** The Fosse Delloye at Lewarde: element 23 of the inscribed property. */
export const FOSSE_DELLOYE = { collection: 'bien-inscrit-elements', id: '23' }

/** A real PNG image of `size` × `size` grey pixels, built by hand so the test needs no image file. */
export function pngImage(size = 2): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([length, body, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale
  const rows = Buffer.concat(Array.from({ length: size }, () => Buffer.from([0, ...Array(size).fill(128)])))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A multipart/form-data body: the alert as its `alert` field, then each file as a `photo` part. */
export function multipartBody(
  alert: unknown,
  files: { filename: string; contentType: string; content: Buffer }[],
  options: { alertField?: string } = {},
) {
  const boundary = `----heritage-watch-${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  if (alert !== undefined) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${options.alertField ?? 'alert'}"\r\n\r\n${
          typeof alert === 'string' ? alert : JSON.stringify(alert)
        }\r\n`,
      ),
    )
  }
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    )
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** How many alerts, events and photos the database holds: a refused request must change none of them. */
export async function alertTableCounts(pool: pg.Pool) {
  const { rows } = await pool.query<{ alerts: number; events: number; photos: number; features: number }>(
    `SELECT (SELECT count(*) FROM alert)::int AS alerts, (SELECT count(*) FROM alert_event)::int AS events,
            (SELECT count(*) FROM alert_photo)::int AS photos, (SELECT count(*) FROM alert_feature)::int AS features`,
  )
  return rows[0]!
}

/** Creates an alert as `session` and returns it, checked against the contract. */
export async function createAlert(
  app: TestApp,
  session: Session,
  body: Partial<AlertCreateRequest> = {},
  headers: Record<string, string> = {},
): Promise<Alert> {
  const response = await app.inject({
    method: 'POST',
    url: '/alerts',
    headers: { ...session.headers, ...headers },
    payload: { ...TERRIL_74A_ALERT, ...body },
  })
  expect(response.statusCode, response.body).toBe(201)
  return AlertSchema.parse(response.json())
}

/** Adds one PNG photo to an alert as `session` and returns the alert's answer (expects a 200). */
export async function addPhoto(app: TestApp, session: Session, alertId: string, filename: string, size = 2) {
  const form = multipartBody(undefined, [{ filename, contentType: 'image/png', content: pngImage(size) }])
  const photo = await app.inject({
    method: 'POST',
    url: `/alerts/${alertId}/photos`,
    headers: { ...session.headers, 'content-type': form.contentType },
    payload: form.payload,
  })
  expect(photo.statusCode, photo.body).toBe(200)
  return AlertSchema.parse(photo.json())
}
