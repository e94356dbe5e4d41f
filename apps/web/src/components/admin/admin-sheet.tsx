import type { User } from '@heritage-watch/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAdminUsers } from '../../hooks/use-admin-users.ts'
import { useOrganisations } from '../../hooks/use-organisations.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useUpdateUser } from '../../hooks/use-update-user.ts'
import { FormAlert } from '../watch/form-field.tsx'
import { hasProblemCode } from './problem-code.ts'
import { SheetFrame } from '../watch/sheet-frame.tsx'
import { ActionLogSection } from './action-log-section.tsx'
import { LoginLogSection } from './login-log-section.tsx'
import { OrganisationsSection } from './organisations-section.tsx'
import { UserCreateForm } from './user-create-form.tsx'
import { UserEditForm } from './user-edit-form.tsx'

/**
 * Administration (admins only): the accounts (edited, disabled or enabled, sent a password-reset link),
 * a new account, the organisations, and the login and admin logs.
 */
export function AdminSheet({ user: me, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const usersQuery = useAdminUsers()
  const organisationsQuery = useOrganisations()
  const updateUser = useUpdateUser()
  const [message, setMessage] = useState('')
  const [editedId, setEditedId] = useState<string | null>(null)
  const users = usersQuery.data ?? []
  const organisations = organisationsQuery.data ?? []
  const failedRead = usersQuery.error ?? organisationsQuery.error
  const summary = message || (failedRead ? messagesOf(failedRead).summary : '')
  const edited = users.find((user) => user.id === editedId)
  const organisationName = (id: string) =>
    organisations.find((organisation) => organisation.id === id)?.name ?? id

  const setDisabled = (user: User, disabled: boolean) => {
    setMessage('')
    updateUser.mutate(
      { id: user.id, change: { disabled } },
      {
        onError: (error) =>
          setMessage(
            hasProblemCode(error, 'last_admin') ? t('accounts.lastAdmin') : messagesOf(error).summary,
          ),
      },
    )
  }

  return (
    <SheetFrame id="admin-sheet" title={t('watch.admin')} onClose={onClose}>
      <FormAlert message={summary} />
      <section className="admin-section" aria-labelledby="users-heading">
        <h3 id="users-heading">{t('admin.users')}</h3>
        <div className="desk-table-scroll" role="region" aria-labelledby="users-heading" tabIndex={0}>
          <table className="watch-table">
            <thead>
              <tr>
                <th scope="col">{t('fields.displayName')}</th>
                <th scope="col">{t('fields.email')}</th>
                <th scope="col">{t('fields.role')}</th>
                <th scope="col">{t('fields.organisationId')}</th>
                <th scope="col">{t('admin.state')}</th>
                <th scope="col">{t('accounts.actionsColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.displayName}</th>
                  <td>{user.email}</td>
                  <td>{t(`auth.roles.${user.role}`)}</td>
                  <td>{user.organisation?.name ?? '—'}</td>
                  <td>{user.disabled ? t('admin.disabled') : t('admin.enabled')}</td>
                  <td>
                    <div className="admin-row-actions">
                      <button
                        type="button"
                        aria-expanded={editedId === user.id}
                        aria-controls="user-edit"
                        onClick={() => setEditedId(editedId === user.id ? null : user.id)}
                      >
                        {t('accounts.edit', { name: user.displayName })}
                      </button>
                      {user.id !== me.id && (
                        <button type="button" onClick={() => setDisabled(user, !user.disabled)}>
                          {user.disabled
                            ? t('admin.enable', { name: user.displayName })
                            : t('admin.disable', { name: user.displayName })}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div id="user-edit">
          {edited && (
            <UserEditForm
              key={edited.id}
              user={edited}
              organisations={organisations}
              onClose={() => setEditedId(null)}
            />
          )}
        </div>
      </section>
      <div className="admin-columns">
        <UserCreateForm organisations={organisations} />
        <OrganisationsSection organisations={organisations} />
      </div>
      <LoginLogSection />
      <ActionLogSection organisationName={organisationName} />
    </SheetFrame>
  )
}
