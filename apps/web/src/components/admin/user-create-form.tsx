import type { AccountRole, Organisation } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCreateUser } from '../../hooks/use-create-user.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { controlProps, FormAlert, FormField } from '../watch/form-field.tsx'
import { AccountFields } from './account-fields.tsx'

const EMPTY = { email: '', displayName: '', role: 'partner' as AccountRole, organisationId: '', password: '' }

/** A new account: email, name, role, organisation (a partner needs one) and a first password. */
export function UserCreateForm({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const createUser = useCreateUser()
  const [values, setValues] = useState(EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [summary, setSummary] = useState('')
  const set = (change: Partial<typeof EMPTY>) => setValues((previous) => ({ ...previous, ...change }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!values.email.trim()) found.email = t('reportErrors.required')
    if (!values.displayName.trim()) found.displayName = t('reportErrors.required')
    if (values.password.length < 12) found.password = t('admin.passwordTooShort')
    if (values.role === 'partner' && !values.organisationId)
      found.organisationId = t('admin.partnerNeedsOrganisation')
    setErrors(found)
    setSummary('')
    if (Object.keys(found).length > 0) return
    createUser.mutate(
      {
        email: values.email,
        displayName: values.displayName,
        role: values.role,
        organisationId: values.organisationId || null,
        password: values.password,
      },
      {
        onSuccess: () => setValues(EMPTY),
        onError: (error) => {
          const messages = messagesOf(error)
          setErrors(messages.fields)
          setSummary(messages.summary)
        },
      },
    )
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="user-create-heading">
      <h3 id="user-create-heading">{t('admin.newUser')}</h3>
      <FormAlert message={summary} />
      <AccountFields
        idPrefix="user-"
        values={values}
        errors={errors}
        set={set}
        organisations={organisations}
      />
      <FormField
        id="user-password"
        label={t('fields.password')}
        error={errors.password}
        hint={t('admin.passwordHint')}
      >
        <input
          {...controlProps('user-password', errors.password, true)}
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={(event) => set({ password: event.target.value })}
        />
      </FormField>
      <button type="submit" className="primary-button">
        {t('admin.createUser')}
      </button>
    </form>
  )
}
