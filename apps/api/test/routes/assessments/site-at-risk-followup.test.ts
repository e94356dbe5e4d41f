import { SiteAtRiskFollowupSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// An endangered site's follow-up (issue #10 §6): empty until an officer fills it (nothing invented),
// read by everyone like the site, replaced by staff only.
let partner: Session
let officer: Session

beforeAll(async () => {
  partner = await accounts.session('partner')
  officer = await accounts.session('officer')
})

const URL = '/sites-en-danger/63C/suivi'
const BODY = {
  fondationPatrimoineUrl: 'https://www.fondation-patrimoine.org/les-projets/exemple',
  proprietaire: 'Commune',
  protection: 'Inscrit MH',
}

describe('the follow-up of an endangered site', () => {
  it('is empty before anyone fills it, and public', async () => {
    const response = await server.app.inject({ url: '/sites-en-danger/32/suivi' })
    expect(response.statusCode, response.body).toBe(200)
    expect(SiteAtRiskFollowupSchema.parse(response.json())).toMatchObject({
      fondationPatrimoineUrl: null,
      proprietaire: null,
      protection: null,
    })
  })

  it('is replaced by an officer only', async () => {
    expectProblem(await server.app.inject({ method: 'PUT', url: URL, payload: BODY }), 401)
    const byPartner = await server.app.inject({
      method: 'PUT',
      url: URL,
      headers: partner.headers,
      payload: BODY,
    })
    expectProblem(byPartner, 403)
    const byOfficer = await server.app.inject({
      method: 'PUT',
      url: URL,
      headers: officer.headers,
      payload: BODY,
    })
    expect(byOfficer.statusCode, byOfficer.body).toBe(200)
    const read = SiteAtRiskFollowupSchema.parse((await server.app.inject({ url: URL })).json())
    expect(read).toMatchObject({ ...BODY, updatedBy: 'Test officer' })
  })

  it('refuses a link that is not https, an unknown site, and unknown fields', async () => {
    const put = (url: string, payload: unknown) =>
      server.app.inject({ method: 'PUT', url, headers: officer.headers, payload: payload as object })
    const http = await put(URL, { ...BODY, fondationPatrimoineUrl: 'http://example.org/' })
    expect(invalidNames(expectProblem(http, 400))).toContain('fondationPatrimoineUrl')
    const script = await put(URL, { ...BODY, fondationPatrimoineUrl: 'javascript:alert(1)' })
    expect(invalidNames(expectProblem(script, 400))).toContain('fondationPatrimoineUrl')
    expectProblem(await put('/sites-en-danger/999/suivi', BODY), 404)
    expect(invalidNames(expectProblem(await put(URL, { ...BODY, extra: 1 }), 400))).toContain('extra')
  })
})
