import { describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { alertTableCounts, createAlert, multipartBody, pngImage, TERRIL_74A_ALERT } from './alert-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// Inputs that a review found reaching PostgreSQL (or the Atom feed, or a spreadsheet) and failing there:
// each must be a 400 naming what is wrong, with nothing written.
describe('hostile input gets a 4xx, never a 500', () => {
  it.each([
    ['a NUL in the title', { title: 'a\u0000b' }, 'title'],
    ['a bell in the description', { description: 'sonne\u0007' }, 'description'],
    ['a lone surrogate in the title', { title: 'x\ud800y' }, 'title'],
    ['the year 0', { observedOn: '0000-01-01' }, 'observedOn'],
    ['30 February', { observedOn: '2024-02-30' }, 'observedOn'],
  ])('refuses %s', async (_case, change, field) => {
    const partner = await accounts.session('partner')
    const before = await alertTableCounts(server.pool)
    const response = await server.app.inject({
      method: 'POST',
      url: '/alerts',
      headers: partner.headers,
      payload: { ...TERRIL_74A_ALERT, ...change },
    })
    expect(invalidNames(expectProblem(response, 400))).toEqual([field])
    expect(await alertTableCounts(server.pool)).toEqual(before)
  })

  it('refuses broken text in comments and edits', async () => {
    const partner = await accounts.session('partner')
    const alert = await createAlert(server.app, partner)
    const comment = await server.app.inject({
      method: 'POST',
      url: `/alerts/${alert.id}/comments`,
      headers: partner.headers,
      payload: { body: 'x\udc00' },
    })
    expect(invalidNames(expectProblem(comment, 400))).toEqual(['body'])
    const edit = await server.app.inject({
      method: 'PATCH',
      url: `/alerts/${alert.id}`,
      headers: partner.headers,
      payload: { title: 'x\ud800y' },
    })
    expect(invalidNames(expectProblem(edit, 400))).toEqual(['title'])
  })

  it.each([
    ['/alerts?datetime=2024-02-30', 'datetime'],
    ['/alerts?q=%00', 'q'],
    ['/alerts?commune=%00', 'commune'],
    ['/collections/alertes/items?datetime=2024-02-30', 'datetime'],
    ['/collections/puits-de-mines/items?datetime=2024-02-30', 'datetime'],
  ])('refuses %s naming %s', async (url, name) => {
    const officer = await accounts.session('officer')
    const response = await server.app.inject({ url, headers: { cookie: officer.cookie } })
    expect(invalidNames(expectProblem(response, 400))).toEqual([name])
  })

  it('refuses a multipart body without boundary, and a second alert field', async () => {
    const partner = await accounts.session('partner')
    const before = await alertTableCounts(server.pool)
    const noBoundary = await server.app.inject({
      method: 'POST',
      url: '/alerts',
      headers: { ...partner.headers, 'content-type': 'multipart/form-data' },
      payload: 'whatever',
    })
    expect(expectProblem(noBoundary, 400).status).toBe(400)
    const form = multipartBody(TERRIL_74A_ALERT, [
      { filename: 'a.png', contentType: 'image/png', content: pngImage() },
    ])
    const twice = Buffer.concat([
      Buffer.from(
        form.payload
          .toString('latin1')
          .replace(/(--[^\r]+\r\n)/, `$1Content-Disposition: form-data; name="alert"\r\n\r\n{}\r\n$1`),
        'latin1',
      ),
    ])
    const second = await server.app.inject({
      method: 'POST',
      url: '/alerts',
      headers: { ...partner.headers, 'content-type': form.contentType },
      payload: twice,
    })
    expect(invalidNames(expectProblem(second, 400))).toEqual(['alert'])
    expect(await alertTableCounts(server.pool)).toEqual(before)
  })

  it('answers a feed asked through a Host header that is no host name with a 400', async () => {
    const officer = await accounts.session('officer')
    const response = await server.app.inject({
      url: '/alerts/feed.atom',
      headers: { cookie: officer.cookie, host: 'a:b:c' },
    })
    expect(invalidNames(expectProblem(response, 400))).toEqual(['Host'])
  })

  it('keeps a formula in a title as text in the CSV export', async () => {
    const officer = await accounts.session('officer')
    await createAlert(server.app, officer, { title: '=HYPERLINK("http://evil.example","x")' })
    const csv = await server.app.inject({
      url: '/alerts?f=csv&q=HYPERLINK',
      headers: { cookie: officer.cookie },
    })
    expect(csv.body).toContain(`'=HYPERLINK`)
    expect(csv.body).not.toMatch(/(^|,)"?=HYPERLINK/m)
  })
})
