// @vitest-environment happy-dom
import type { Organisation, User } from '@heritage-watch/shared'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { OFFICER, PARTNER } from '../../test-support/alert-fixtures.ts'
import { createFakeApi, renderWithSession } from '../../test-support/render-with-session.tsx'
import { UserCreateForm } from './user-create-form.tsx'
import { UserEditForm } from './user-edit-form.tsx'

// The two account forms share their fields (account-fields.tsx): each must still send what it is given.
afterEach(cleanup)

const ADMIN: User = { ...OFFICER, id: '00000000-0000-4000-8000-000000000009', role: 'admin' }
const ORGANISATIONS: Organisation[] = [PARTNER.organisation!] as Organisation[]

describe('account forms', () => {
  it('creates a partner with the fields filled in, its organisation chosen', async () => {
    const api = createFakeApi({ 'POST /admin/users': () => ({ status: 201, body: PARTNER }) })
    renderWithSession(<UserCreateForm organisations={ORGANISATIONS} />, { user: ADMIN, fetch: api.fetch })
    const form = screen.getByRole('form')
    fireEvent.change(within(form).getByLabelText('Adresse e-mail'), {
      target: { value: 'mairie@example.org' },
    })
    fireEvent.change(within(form).getByLabelText('Nom affiché'), { target: { value: 'Mairie' } })
    fireEvent.change(within(form).getByLabelText('Organisation'), {
      target: { value: PARTNER.organisation!.id },
    })
    fireEvent.change(within(form).getByLabelText('Mot de passe'), {
      target: { value: 'un mot de passe sûr' },
    })
    fireEvent.submit(form)
    await waitFor(() => expect(api.requests).toHaveLength(1))
    expect(api.requests[0]!.body).toEqual({
      email: 'mairie@example.org',
      displayName: 'Mairie',
      role: 'partner',
      organisationId: PARTNER.organisation!.id,
      password: 'un mot de passe sûr',
    })
  })

  it('sends only what the edit changed', async () => {
    const api = createFakeApi({
      [`PATCH /admin/users/${PARTNER.id}`]: () => ({ status: 200, body: { ...PARTNER, role: 'officer' } }),
    })
    renderWithSession(
      <UserEditForm user={PARTNER} organisations={ORGANISATIONS} onClose={() => undefined} />,
      {
        user: ADMIN,
        fetch: api.fetch,
      },
    )
    const form = screen.getByRole('form')
    expect(within(form).getByLabelText('Adresse e-mail')).toHaveProperty('value', PARTNER.email)
    fireEvent.change(within(form).getByLabelText('Rôle'), { target: { value: 'officer' } })
    fireEvent.submit(form)
    await waitFor(() => expect(api.requests).toHaveLength(1))
    expect(api.requests[0]!.body).toEqual({ role: 'officer' })
  })
})
