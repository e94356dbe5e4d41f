import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { multipartBody } from '../alerts/alert-fixtures.ts'
import { assessmentTableCounts, TERRIL_74A_ASSESSMENT } from './assessment-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// Bad input is a 4xx problem naming the field, never a 500 and never a partial write.
let officer: Session

beforeAll(async () => {
  officer = await accounts.session('officer')
})

const post = (payload: unknown, headers: Record<string, string> = {}) =>
  server.app.inject({
    method: 'POST',
    url: '/assessments',
    headers: { ...officer.headers, ...headers },
    payload: payload as object,
  })

const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)

describe('hostile or mistaken constats', () => {
  it.each([
    ['an unknown collection', { feature: { collection: 'nope', id: '1' } }, 'feature.collection'],
    ['the alerts collection', { feature: { collection: 'alertes', id: '1' } }, 'feature.collection'],
    ['an unknown feature', { feature: { collection: 'terrils', id: '999Z' } }, 'feature.id'],
    ['an id outside the pattern', { feature: { collection: 'terrils', id: "1' OR '1'='1" } }, 'feature.id'],
    ['a visit in the future', { visitedOn: tomorrow() }, 'visitedOn'],
    ['a date that does not exist', { visitedOn: '2026-02-30' }, 'visitedOn'],
    ['an unknown condition', { condition: 'ruine' }, 'condition'],
    ['an unknown threat', { threats: ['dragons'] }, 'threats.0'],
    ['a threat named twice', { threats: ['erosion', 'erosion'] }, 'threats'],
    ['a priority G', { priority: 'G' }, 'priority'],
    ['a note with control characters', { note: 'a\u0000b' }, 'note'],
    ['an unknown field', { mood: 'sad' }, 'mood'],
  ])('refuses %s, naming it, and writes nothing', async (_label, change, name) => {
    const before = await assessmentTableCounts(server.pool)
    const response = await post({ ...TERRIL_74A_ASSESSMENT, ...change })
    expect(invalidNames(expectProblem(response, 400))).toContain(name)
    expect(await assessmentTableCounts(server.pool)).toEqual(before)
  })

  it('refuses a photo that is not an image, a bad JSON field and an unknown part', async () => {
    const before = await assessmentTableCounts(server.pool)
    const pdf = multipartBody(
      TERRIL_74A_ASSESSMENT,
      [{ filename: 'x.png', contentType: 'image/png', content: Buffer.from('%PDF-1.4 not an image') }],
      { alertField: 'assessment' },
    )
    const badJson = multipartBody('{not json', [], { alertField: 'assessment' })
    const wrongField = multipartBody(TERRIL_74A_ASSESSMENT, [], { alertField: 'alert' })
    for (const form of [pdf, badJson, wrongField]) {
      const response = await post(form.payload, { 'content-type': form.contentType })
      expectProblem(response, 400)
    }
    expect(await assessmentTableCounts(server.pool)).toEqual(before)
  })

  it('answers bad ids, bad queries and a bad decision with 400 or 404, never 500', async () => {
    const read = (url: string) => server.app.inject({ url, headers: { cookie: officer.cookie } })
    expectProblem(await read('/assessments/not-a-uuid'), 404)
    expectProblem(await read(`/assessments/${crypto.randomUUID()}`), 404)
    expect(invalidNames(expectProblem(await read('/assessments?feature=terrils'), 400))).toContain('feature')
    expect(invalidNames(expectProblem(await read('/assessments?feature=nope/1'), 400))).toContain('feature')
    expect(expectProblem(await read('/assessments?feature=terrils/999Z'), 404).detail).toMatch(/^feature: /)
    expectProblem(await read(`/assessments?feature=terrils/${encodeURIComponent("1' OR '1'='1")}`), 404)
    expectProblem(await read('/assessments/not-a-uuid/photos/x'), 404)
    const decide = await server.app.inject({
      method: 'POST',
      url: `/assessments/${crypto.randomUUID()}/validation`,
      headers: officer.headers,
      payload: { decision: 'peut-etre' },
    })
    expect(invalidNames(expectProblem(decide, 400))).toContain('decision')
    const missing = await server.app.inject({
      method: 'POST',
      url: `/assessments/${crypto.randomUUID()}/validation`,
      headers: officer.headers,
      payload: { decision: 'validee' },
    })
    expectProblem(missing, 404)
  })
})
