import type { Organisation, User, UserUpdateRequest } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useUpdateUser } from '../../hooks/use-update-user.ts'
import { FormAlert } from '../watch/form-field.tsx'
import { AccountFields } from './account-fields.tsx'
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
        <AccountFields
          idPrefix="edit-"
          values={values}
          errors={errors}
          set={set}
          organisations={organisations}
        />
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
