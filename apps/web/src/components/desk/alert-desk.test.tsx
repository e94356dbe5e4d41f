// @vitest-environment happy-dom
import type { AlertSummary, User } from '@heritage-watch/shared'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { alertSummary, OFFICER, PARTNER } from '../../test-support/alert-fixtures.ts'
import { createFakeApi, type FakeRoutes, renderWithSession } from '../../test-support/render-with-session.tsx'
import { AlertDesk } from './alert-desk.tsx'

afterEach(cleanup)

const ALERTS: AlertSummary[] = [alertSummary(1), alertSummary(2, { status: 'en_cours', severity: 'low' })]

function renderDesk(user: User, routes: FakeRoutes = {}) {
  const api = createFakeApi({
    'GET /alerts': () => ({ status: 200, body: { alerts: ALERTS, numberMatched: 2, numberReturned: 2 } }),
    'GET /alerts/assignees': () => ({
      status: 200,
      body: { assignees: [{ id: OFFICER.id, displayName: 'Agente' }] },
    }),
    ...routes,
  })
  renderWithSession(
    <AlertDesk user={user} openAlertId={null} onOpenAlert={() => undefined} onClose={() => undefined} />,
    { user, fetch: api.fetch },
  )
  return api
}

const listRequests = (api: ReturnType<typeof createFakeApi>) =>
  api.requests.filter((request) => request.method === 'GET' && request.url.startsWith('/alerts?'))

describe('the alerts desk', () => {
  it('lists the alerts newest observation first and counts them', async () => {
    const api = renderDesk(OFFICER)
    const table = await screen.findByRole('table')
    expect(within(table).getByText('Alerte 1')).toBeTruthy()
    expect(within(table).getByText('Alerte 2')).toBeTruthy()
    expect(screen.getAllByRole('status')[0]?.textContent).toBe('2 alertes')
    expect(listRequests(api)[0]?.url).toBe('/alerts?sort=-observedOn&limit=50&offset=0')
  })

  it('sorts on a column header, saying the order to screen readers', async () => {
    const api = renderDesk(OFFICER)
    await screen.findByRole('table')
    fireEvent.click(screen.getByRole('button', { name: /^Titre/ }))
    await waitFor(() => expect(listRequests(api).at(-1)?.url).toBe('/alerts?sort=title&limit=50&offset=0'))
    expect(screen.getByRole('columnheader', { name: /^Titre/ }).getAttribute('aria-sort')).toBe('ascending')
  })

  it('asks for what the filter keeps, and exports exactly that', async () => {
    const api = renderDesk(OFFICER)
    await screen.findByRole('table')
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nouvelle' }))
    fireEvent.click(screen.getByRole('button', { name: 'Filtrer' }))
    await waitFor(() =>
      expect(listRequests(api).at(-1)?.url).toBe(
        '/alerts?status=nouvelle&sort=-observedOn&limit=50&offset=0',
      ),
    )
    expect(screen.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe(
      '/alerts?status=nouvelle&sort=-observedOn&f=csv',
    )
  })

  it('moves the selected alerts in one bulk change, says so, then shows the list again as the API has it', async () => {
    const api = renderDesk(OFFICER, {
      'POST /alerts/bulk/status': () => ({
        status: 200,
        body: { alerts: [alertSummary(1, { status: 'prise_en_compte' })] },
      }),
    })
    await screen.findByRole('table')
    const before = listRequests(api).length
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sélectionner l’alerte A-000001' }))
    fireEvent.change(screen.getByLabelText('Nouveau statut'), { target: { value: 'prise_en_compte' } })
    fireEvent.click(screen.getByRole('button', { name: 'Appliquer à 1 alerte' }))
    await waitFor(() => expect(listRequests(api).length).toBeGreaterThan(before))
    const bulk = api.requests.find((request) => request.url === '/alerts/bulk/status')
    expect(bulk?.body).toEqual({ ids: [ALERTS[0]?.id], status: 'prise_en_compte' })
    expect(bulk?.headers.get('X-CSRF-Token')).toBe('csrf-token')
    expect(screen.queryByRole('button', { name: /Appliquer/ })).toBeNull()
    const done = screen.getAllByRole('status').find((status) => status.textContent?.includes('passée'))
    expect(done?.textContent).toBe('1 alerte passée à « Prise en compte ».')
  })

  it('offers only the moves every selected alert allows and names the alerts that block the others', async () => {
    renderDesk(OFFICER)
    await screen.findByRole('table')
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sélectionner l’alerte A-000001' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sélectionner l’alerte A-000002' }))
    const select = screen.getByLabelText('Nouveau statut') as HTMLSelectElement
    expect([...select.options].map((option) => option.value)).toEqual(['', 'rejetee'])
    const blocked = screen.getByText(/Impossible pour toute la sélection/).parentElement
    expect(blocked?.textContent).toContain('« Prise en compte » : bloqué par A-000002 (En cours)')
    expect(blocked?.textContent).toContain('« Résolue » : bloqué par A-000001 (Nouvelle)')
  })

  it('shows a partner its organisation’s alerts, without selection or assignees', async () => {
    const api = renderDesk(PARTNER)
    await screen.findByRole('table')
    expect(screen.queryByRole('checkbox', { name: /Sélectionner/ })).toBeNull()
    expect(api.requests.some((request) => request.url === '/alerts/assignees')).toBe(false)
  })
})
