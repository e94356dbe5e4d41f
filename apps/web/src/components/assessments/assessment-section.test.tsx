// @vitest-environment happy-dom
import type { Assessment, AssessmentSeries, User } from '@heritage-watch/shared'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { OFFICER, PARTNER } from '../../test-support/alert-fixtures.ts'
import { createFakeApi, renderWithSession } from '../../test-support/render-with-session.tsx'
import { AssessmentSection } from './assessment-section.tsx'

afterEach(cleanup)

const assessment = (number: number, change: Partial<Assessment> = {}): Assessment => ({
  id: `00000000-0000-4000-8000-0000000001${String(number).padStart(2, '0')}`,
  number: `C-${String(number).padStart(6, '0')}`,
  feature: { collection: 'sites-en-danger', id: '2' },
  label: 'Château des Douaniers',
  facts: {
    visitedOn: '2018-06-26',
    condition: 'tres_mauvais',
    trend: 'degradation',
    occupancy: 'inconnu',
    priority: 'A',
    threats: ['vandalisme'],
    note: 'Pillages répétés.',
  },
  origin: 'visite',
  source: null,
  status: 'validee',
  author: 'Agente',
  organisation: null,
  photos: [],
  events: [],
  createdAt: '2026-12-01T10:00:00.000Z',
  mayValidate: false,
  ...change,
})

const fromSource = assessment(1, {
  origin: 'source',
  source: 'Patrimoine minier en danger (2018)',
  author: null,
})

function renderSection(user: User, proposal: Assessment) {
  const series: AssessmentSeries = {
    feature: { collection: 'sites-en-danger', id: '2' },
    label: 'Château des Douaniers',
    latest: fromSource,
    trend: 'degradation',
    trendBasis: 'stated',
    assessments: [proposal, fromSource],
  }
  const api = createFakeApi({
    'GET /assessments': () => ({ status: 200, body: series }),
    'GET /sites-en-danger/2/suivi': () => ({
      status: 200,
      body: {
        siteId: '2',
        fondationPatrimoineUrl: null,
        proprietaire: null,
        protection: null,
        updatedAt: null,
        updatedBy: null,
      },
    }),
    [`POST /assessments/${proposal.id}/validation`]: () => ({
      status: 200,
      body: { ...proposal, status: 'validee', mayValidate: false },
    }),
  })
  renderWithSession(
    <AssessmentSection selection={{ collection: 'sites-en-danger', id: '2' }} user={user} />,
    {
      user,
      fetch: api.fetch,
    },
  )
  return api
}

describe('the record’s constats section', () => {
  it('shows the latest state, the trend’s basis, the source-derived constat and a proposal', async () => {
    const proposal = assessment(2, {
      status: 'proposee',
      facts: { ...fromSource.facts, visitedOn: '2026-11-02', condition: 'mauvais' },
      author: 'Mairie',
      organisation: 'Mairie de Fresnes',
    })
    const api = renderSection(PARTNER, proposal)
    const series = await screen.findByRole('list', { name: 'Historique des constats' })
    expect(api.requests.map((request) => request.url)).toContain('/assessments?feature=sites-en-danger%2F2')
    const entries = within(series).getAllByRole('listitem')
    expect(entries[0]?.textContent).toMatch(/Proposé, à valider/)
    expect(entries[1]?.textContent).toMatch(/d’après la source/)
    expect(entries[1]?.textContent).toMatch(/Source : Patrimoine minier en danger/)
    expect(screen.getByText(/celle indiquée par l’unique constat validé/)).toBeTruthy()
    expect(screen.getByText(/D’après la source, 26 juin 2018/)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Proposer un constat' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Valider' })).toBeNull()
    // The endangered site's follow-up says what is not known, and a partner may not edit it.
    await screen.findByText('Suivi du site en danger')
    expect(screen.getAllByText('Non renseigné')).toHaveLength(3)
    expect(screen.queryByRole('button', { name: 'Modifier le suivi' })).toBeNull()
  })

  it('lets an officer validate a proposal with a comment', async () => {
    const proposal = assessment(3, { status: 'proposee', mayValidate: true })
    const api = renderSection(OFFICER, proposal)
    const validate = await screen.findByRole('button', { name: 'Valider' })
    fireEvent.change(screen.getByLabelText('Commentaire de la décision (facultatif)'), {
      target: { value: 'Vu sur place.' },
    })
    fireEvent.click(validate)
    await waitFor(() => expect(api.requests.some((request) => request.method === 'POST')).toBe(true))
    const post = api.requests.find((request) => request.method === 'POST')
    expect(post?.body).toEqual({ decision: 'validee', comment: 'Vu sur place.' })
    expect(screen.getByRole('button', { name: 'Enregistrer un constat' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Modifier le suivi' })).toBeTruthy()
  })
})
