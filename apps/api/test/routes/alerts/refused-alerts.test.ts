import { ALERT_PHOTO_MAX_BYTES, AlertSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { alertTableCounts, multipartBody, pngImage, TERRIL_74A_ALERT } from './alert-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

/** Posts an alert and checks that it was refused with `status` and that nothing was written. */
async function refused(
  request: { headers: Record<string, string>; payload: unknown; contentType?: string },
  status: number,
) {
  const before = await alertTableCounts(server.pool)
  const response = await server.app.inject({
    method: 'POST',
    url: '/alerts',
    headers: { ...request.headers, ...(request.contentType ? { 'content-type': request.contentType } : {}) },
    payload: request.payload as string,
  })
  const problem = expectProblem(response, status) as ReturnType<typeof expectProblem> & { code?: string }
  expect(await alertTableCounts(server.pool)).toEqual(before)
  return problem
}

const drawn = (geometry: unknown) => ({ ...TERRIL_74A_ALERT, features: [], geometry })

describe('POST /alerts refuses bad input with a 4xx naming the problem, and writes nothing', () => {
  it('a self-intersecting polygon', async () => {
    const partner = await accounts.session('partner')
    const bowtie = [
      [
        [2.77, 50.44],
        [2.78, 50.45],
        [2.78, 50.44],
        [2.77, 50.45],
        [2.77, 50.44],
      ],
    ]
    const problem = await refused(
      { headers: partner.headers, payload: drawn({ type: 'Polygon', coordinates: bowtie }) },
      400,
    )
    expect(problem.code).toBe('geometry_invalid')
    expect(invalidNames(problem)).toEqual(['geometry'])
    expect(problem.detail).toMatch(/not valid: Self-intersection/i)
  })

  it('a ring that does not close', async () => {
    const partner = await accounts.session('partner')
    const open = [
      [
        [2.77, 50.44],
        [2.78, 50.45],
        [2.78, 50.44],
        [2.771, 50.44],
      ],
    ]
    const problem = await refused(
      { headers: partner.headers, payload: drawn({ type: 'Polygon', coordinates: open }) },
      400,
    )
    expect(invalidNames(problem)).toEqual(['geometry.coordinates.0'])
  })

  it('a location outside the bassin minier', async () => {
    const partner = await accounts.session('partner')
    const paris = { type: 'Point', coordinates: [2.3522, 48.8566] }
    const problem = await refused({ headers: partner.headers, payload: drawn(paris) }, 400)
    expect(problem.code).toBe('geometry_outside_bassin')
  })

  it('coordinates in [latitude, longitude] order', async () => {
    const partner = await accounts.session('partner')
    const swapped = { type: 'Point', coordinates: [50.443281, 2.771748] }
    const problem = await refused({ headers: partner.headers, payload: drawn(swapped) }, 400)
    expect(problem.code).toBe('geometry_coordinate_order')
    expect(problem.detail).toMatch(/\[longitude, latitude\]/)
  })

  it('an unknown feature or collection, each named', async () => {
    const partner = await accounts.session('partner')
    const payload = {
      ...TERRIL_74A_ALERT,
      features: [
        { collection: 'terrils', id: '999Z' },
        { collection: 'chateaux', id: '1' },
      ],
    }
    const problem = await refused({ headers: partner.headers, payload }, 400)
    expect(invalidNames(problem)).toEqual(['features.0.id', 'features.1.collection'])
    expect(problem.code).toBe('feature_unknown')
  })

  it('no place at all, a missing field, a misspelt field, a date in the future', async () => {
    const partner = await accounts.session('partner')
    const { features: _features, title: _title, ...rest } = TERRIL_74A_ALERT
    const problem = await refused(
      { headers: partner.headers, payload: { ...rest, sevirity: 'low', observedOn: '2999-01-01' } },
      400,
    )
    expect(invalidNames(problem)).toEqual(['title', 'sevirity'])
    const nowhere = await refused(
      { headers: partner.headers, payload: { ...TERRIL_74A_ALERT, features: [] } },
      400,
    )
    expect(invalidNames(nowhere)).toEqual(['geometry'])
    const future = await refused(
      { headers: partner.headers, payload: { ...TERRIL_74A_ALERT, observedOn: '2999-01-01' } },
      400,
    )
    expect(invalidNames(future)).toEqual(['observedOn'])
  })

  it('a photo over 10 MB (413)', async () => {
    const partner = await accounts.session('partner')
    const big = Buffer.concat([pngImage(), Buffer.alloc(ALERT_PHOTO_MAX_BYTES)])
    const form = multipartBody(TERRIL_74A_ALERT, [
      { filename: 'big.png', contentType: 'image/png', content: big },
    ])
    const problem = await refused(
      { headers: partner.headers, payload: form.payload, contentType: form.contentType },
      413,
    )
    expect(problem.code).toBe('photo_too_large')
    expect(problem.detail).toMatch(/big\.png.*10 MB/)
  })

  it('a file that claims to be a JPEG but is not an image', async () => {
    const partner = await accounts.session('partner')
    const fake = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')
    const form = multipartBody(TERRIL_74A_ALERT, [
      { filename: 'photo.jpg', contentType: 'image/jpeg', content: fake },
    ])
    const problem = await refused(
      { headers: partner.headers, payload: form.payload, contentType: form.contentType },
      400,
    )
    expect(problem.code).toBe('photo_type')
    expect(invalidNames(problem)).toEqual(['photo.0'])
    expect(problem.detail).toMatch(/application\/pdf/)
  })

  it('a multipart form without its alert field, or with broken JSON', async () => {
    const partner = await accounts.session('partner')
    const photo = [{ filename: 'a.png', contentType: 'image/png', content: pngImage() }]
    const missing = multipartBody(undefined, photo)
    expect(
      invalidNames(
        await refused(
          { headers: partner.headers, payload: missing.payload, contentType: missing.contentType },
          400,
        ),
      ),
    ).toEqual(['alert'])
    const broken = multipartBody('{"title": ', photo)
    expect(
      invalidNames(
        await refused(
          { headers: partner.headers, payload: broken.payload, contentType: broken.contentType },
          400,
        ),
      ),
    ).toEqual(['alert'])
  })

  it('a cookie write without its CSRF token (403)', async () => {
    const partner = await accounts.session('partner')
    const problem = await refused({ headers: { cookie: partner.cookie }, payload: TERRIL_74A_ALERT }, 403)
    expect(problem.code).toBe('csrf_missing')
  })

  it('an expired session (401) and an anonymous visitor (401)', async () => {
    const partner = await accounts.session('partner')
    await server.pool.query(
      `UPDATE user_session SET expires_at = now() - interval '1 minute'
       WHERE user_id = $1`,
      [partner.user.id],
    )
    const expired = await refused({ headers: partner.headers, payload: TERRIL_74A_ALERT }, 401)
    expect(expired.code).toBe('session_expired')
    const anonymous = await refused({ headers: {}, payload: TERRIL_74A_ALERT }, 401)
    expect(anonymous.code).toBe('login_required')
  })
})

describe('Idempotency-Key on POST /alerts', () => {
  it('returns the first alert on a retry, and never creates a second one', async () => {
    const partner = await accounts.session('partner')
    const headers = { ...partner.headers, 'idempotency-key': crypto.randomUUID() }
    const post = () =>
      server.app.inject({ method: 'POST', url: '/alerts', headers, payload: TERRIL_74A_ALERT })
    const first = await post()
    expect(first.statusCode, first.body).toBe(201)
    const before = await alertTableCounts(server.pool)
    const retry = await post()
    expect(retry.statusCode, retry.body).toBe(200)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(AlertSchema.parse(retry.json()).id).toBe(AlertSchema.parse(first.json()).id)
    expect(await alertTableCounts(server.pool)).toEqual(before)
  })

  it('keeps one alert when two copies of a submission race', async () => {
    const partner = await accounts.session('partner')
    const headers = { ...partner.headers, 'idempotency-key': crypto.randomUUID() }
    const post = () =>
      server.app.inject({ method: 'POST', url: '/alerts', headers, payload: TERRIL_74A_ALERT })
    const answers = await Promise.all([post(), post(), post()])
    for (const answer of answers) expect([200, 201], answer.body).toContain(answer.statusCode)
    const ids = new Set(answers.map((answer) => AlertSchema.parse(answer.json()).id))
    expect(ids.size).toBe(1)
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 201])
  })

  it('refuses a key reused for a different alert (422), writing nothing', async () => {
    const partner = await accounts.session('partner')
    const key = crypto.randomUUID()
    const headers = { ...partner.headers, 'idempotency-key': key }
    const first = await server.app.inject({
      method: 'POST',
      url: '/alerts',
      headers,
      payload: TERRIL_74A_ALERT,
    })
    expect(first.statusCode).toBe(201)
    const problem = await refused({ headers, payload: { ...TERRIL_74A_ALERT, title: 'Autre chose' } }, 422)
    expect(problem.code).toBe('idempotency_mismatch')
  })
})
