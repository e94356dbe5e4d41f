// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { alertRecord, PARTNER, PREVIEW } from '../../test-support/alert-fixtures.ts'
import { createFakeApi, type FakeRoutes, renderWithSession } from '../../test-support/render-with-session.tsx'
import { AlertReportPanel } from './alert-report-panel.tsx'

afterEach(cleanup)

const DRAFT = { features: [{ collection: 'terrils', id: '74A' }], pin: null }

function renderForm(routes: FakeRoutes) {
  const api = createFakeApi({ 'POST /alerts/preview': () => ({ status: 200, body: PREVIEW }), ...routes })
  const onCreated = vi.fn()
  renderWithSession(
    <AlertReportPanel
      user={PARTNER}
      draft={DRAFT}
      mapCentre={() => null}
      onMovePin={() => undefined}
      onClose={() => undefined}
      onCreated={onCreated}
    />,
    { user: PARTNER, fetch: api.fetch },
  )
  return { api, onCreated }
}

function fillIn() {
  fireEvent.change(screen.getByLabelText('Catégorie'), { target: { value: 'incendie' } })
  fireEvent.change(screen.getByLabelText('Gravité'), { target: { value: 'high' } })
  fireEvent.change(screen.getByLabelText('Titre'), { target: { value: '  Combustion  ' } })
  fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'Fumées sur le flanc nord.' } })
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Envoyer le signalement' }))
const posts = (api: ReturnType<typeof createFakeApi>) =>
  api.requests.filter((request) => request.method === 'POST' && request.url === '/alerts')

describe('the report form', () => {
  it('shows the heritage context of the reported feature before anything is sent', async () => {
    const { api } = renderForm({})
    const context = await screen.findByRole('region', { name: 'Contexte patrimonial' })
    expect(within(context).getByText(/Loos-en-Gohelle/)).toBeTruthy()
    expect(screen.getByText('Terrils jumeaux du 11/19')).toBeTruthy()
    expect(api.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'POST /alerts/preview',
    ])
    expect(api.requests[0]?.body).toEqual({ features: DRAFT.features, geometry: null })
  })

  it('names each missing field beside it and sends nothing', async () => {
    const { api } = renderForm({})
    await screen.findByRole('region', { name: 'Contexte patrimonial' })
    submit()
    expect(await screen.findByText(/Le formulaire contient 4 erreurs/)).toBeTruthy()
    expect(screen.getAllByText('à remplir')).toHaveLength(4)
    expect(posts(api)).toEqual([])
  })

  it('sends the report with the CSRF token and one Idempotency-Key, and hands over the new alert', async () => {
    const created = alertRecord(7, { title: 'Combustion' })
    const { api, onCreated } = renderForm({ 'POST /alerts': () => ({ status: 201, body: created }) })
    await screen.findByRole('region', { name: 'Contexte patrimonial' })
    fillIn()
    submit()
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created))
    const [sent] = posts(api)
    expect(sent?.body).toMatchObject({
      features: DRAFT.features,
      geometry: null,
      category: 'incendie',
      severity: 'high',
      title: 'Combustion',
      description: 'Fumées sur le flanc nord.',
    })
    expect(sent?.headers.get('X-CSRF-Token')).toBe('csrf-token')
    expect(sent?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('says the API’s refusal beside the field it names, and reuses the key on a second try', async () => {
    let tries = 0
    const { api } = renderForm({
      'POST /alerts': () => {
        tries += 1
        return {
          status: 400,
          body: {
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            'invalid-params': [{ name: 'title', reason: 'must not contain control characters' }],
          },
        }
      },
    })
    await screen.findByRole('region', { name: 'Contexte patrimonial' })
    fillIn()
    submit()
    expect(await screen.findByText(/must not contain control characters/)).toBeTruthy()
    submit()
    await waitFor(() => expect(tries).toBe(2))
    const keys = posts(api).map((request) => request.headers.get('Idempotency-Key'))
    expect(new Set(keys).size).toBe(1)
  })
})
