import {
  ACCOUNT_ROLES,
  type AccountRole,
  type Organisation,
  type User,
  type UserUpdateRequest,
} from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useUpdateUser } from '../../hooks/use-update-user.ts'
import { controlProps, FormAlert, FormField } from '../watch/form-field.tsx'
import { PasswordResetLink } from './password-reset-link.tsx'
import { hasProblemCode } from './problem-code.ts'

const valuesOf = (user: User) => ({
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  organisationId: user.organisation?.id ?? '',
})

/** Edits one account (email, name, role, organisation) and issues its password-reset links. */
export function UserEditForm(props: { user: User; organisations: Organisation[]; onClose: () => void }) {
  const { user, organisations, onClose } = props
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const updateUser = useUpdateUser()
  const [values, setValues] = useState(() => valuesOf(user))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [summary, setSummary] = useState('')
  const [saved, setSaved] = useState(false)
  const set = (change: Partial<typeof values>) => setValues((previous) => ({ ...previous, ...change }))
  const field = (name: keyof typeof values) => controlProps(`edit-${name}`, errors[name])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const initial = valuesOf(user)
    // Only what changed is sent, so that the log and the server's checks see the real change.
    const change: UserUpdateRequest = {
      ...(values.email !== initial.email && { email: values.email }),
      ...(values.displayName !== initial.displayName && { displayName: values.displayName }),
      ...(values.role !== initial.role && { role: values.role }),
      ...(values.organisationId !== initial.organisationId && {
        organisationId: values.organisationId || null,
      }),
    }
    setErrors({})
    setSummary('')
    setSaved(false)
    if (Object.keys(change).length === 0) return onClose()
    updateUser.mutate(
      { id: user.id, change },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          const messages = messagesOf(error)
          setErrors(messages.fields)
          setSummary(hasProblemCode(error, 'last_admin') ? t('accounts.lastAdmin') : messages.summary)
        },
      },
    )
  }

  return (
    <div className="admin-edit">
      <form onSubmit={submit} noValidate aria-labelledby="user-edit-heading">
        <h3 id="user-edit-heading">{t('accounts.editHeading', { name: user.displayName })}</h3>
        <FormAlert message={summary} />
        {saved && <p role="status">{t('accounts.saved')}</p>}
        <FormField id="edit-email" label={t('fields.email')} error={errors.email}>
          <input
            {...field('email')}
            type="email"
            autoComplete="off"
            value={values.email}
            onChange={(event) => set({ email: event.target.value })}
          />
        </FormField>
        <FormField id="edit-displayName" label={t('fields.displayName')} error={errors.displayName}>
          <input
            {...field('displayName')}
            value={values.displayName}
            onChange={(event) => set({ displayName: event.target.value })}
          />
        </FormField>
        <FormField id="edit-role" label={t('fields.role')} error={errors.role}>
          <select
            {...field('role')}
            value={values.role}
            onChange={(event) => set({ role: event.target.value as AccountRole })}
          >
            {ACCOUNT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`auth.roles.${role}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="edit-organisationId" label={t('fields.organisationId')} error={errors.organisationId}>
          <select
            {...field('organisationId')}
            value={values.organisationId}
            onChange={(event) => set({ organisationId: event.target.value })}
          >
            <option value="">{t('admin.noOrganisation')}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </FormField>
        <div className="admin-edit-buttons">
          <button type="submit" className="primary-button" disabled={updateUser.isPending}>
            {t('accounts.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('accounts.cancel')}
          </button>
        </div>
      </form>
      <PasswordResetLink user={user} />
    </div>
  )
}
