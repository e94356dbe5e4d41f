import type { Organisation, User } from '@heritage-watch/shared'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fetchOrganisations, fetchUsers, updateUser } from '../../api/admin-client.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useSession } from '../../hooks/use-session.ts'
import { FormAlert } from '../watch/form-field.tsx'
import { SheetFrame } from '../watch/sheet-frame.tsx'
import { OrganisationsSection } from './organisations-section.tsx'
import { UserCreateForm } from './user-create-form.tsx'

/** Administration (admins only): the accounts, enabled or disabled, a new account, the organisations. */
export function AdminSheet({ user: me, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation()
  const session = useSession()
  const messagesOf = useProblemMessages()
  const [users, setUsers] = useState<User[]>([])
  const [organisations, setOrganisations] = useState<Organisation[]>([])
  const [summary, setSummary] = useState('')
  const { request } = session

  const load = useCallback(
    (signal?: AbortSignal) =>
      Promise.all([fetchUsers({ ...request, signal }), fetchOrganisations({ ...request, signal })]).then(
        ([loadedUsers, loadedOrganisations]) => {
          setUsers(loadedUsers)
          setOrganisations(loadedOrganisations)
        },
        (error: unknown) => !signal?.aborted && setSummary(messagesOf(error).summary),
      ),
    [request, messagesOf],
  )
  useEffect(() => {
    const controller = new AbortController()
    void load(controller.signal)
    return () => controller.abort()
  }, [load])

  const setDisabled = async (user: User, disabled: boolean) => {
    setSummary('')
    try {
      await updateUser(user.id, { disabled }, request)
      await load()
    } catch (error) {
      setSummary(messagesOf(error).summary)
    }
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
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.displayName}</th>
                  <td>{user.email}</td>
                  <td>{t(`auth.roles.${user.role}`)}</td>
                  <td>{user.organisation?.name ?? '—'}</td>
                  <td>
                    {user.disabled ? t('admin.disabled') : t('admin.enabled')}{' '}
                    {user.id !== me.id && (
                      <button type="button" onClick={() => void setDisabled(user, !user.disabled)}>
                        {user.disabled
                          ? t('admin.enable', { name: user.displayName })
                          : t('admin.disable', { name: user.displayName })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="admin-columns">
        <UserCreateForm organisations={organisations} onCreated={() => void load()} />
        <OrganisationsSection organisations={organisations} onCreated={() => void load()} />
      </div>
    </SheetFrame>
  )
}
