import { OrganisationListSchema, OrganisationSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()
const accounts = useAccounts(server)
let admin: Session
beforeAll(async () => {
  admin = await accounts.session('admin')
})

const create = (payload: object) =>
  server.app.inject({ method: 'POST', url: '/admin/organisations', headers: admin.headers, payload })

describe('/admin/organisations', () => {
  it('creates an organisation and lists it', async () => {
    const name = accounts.organisationName('Mairie')
    const response = await create({ name: `  ${name} ` })
    expect(response.statusCode, response.body).toBe(201)
    const created = OrganisationSchema.parse(response.json())
    expect(created.name).toBe(name)
    const list = await server.app.inject({ url: '/admin/organisations', headers: admin.headers })
    expect(OrganisationListSchema.parse(list.json()).organisations).toContainEqual(created)
  })

  it('is a 409 for a name taken, whatever its case', async () => {
    const name = accounts.organisationName('Association')
    expect((await create({ name })).statusCode).toBe(201)
    expect(expectProblem(await create({ name: name.toUpperCase() }), 409).detail).toMatch(/already exists/)
  })

  it('names the bad field', async () => {
    expect(invalidNames(expectProblem(await create({ name: '' }), 400))).toEqual(['name'])
    expect(invalidNames(expectProblem(await create({ nom: 'x' }), 400)).sort()).toEqual(['name', 'nom'])
  })
})
