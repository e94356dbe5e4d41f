import { ACCOUNT_ROLES, type AccountRole, type Organisation } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCreateUser } from '../../hooks/use-create-user.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { controlProps, FormAlert, FormField } from '../watch/form-field.tsx'

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

  const field = (name: keyof typeof EMPTY) => controlProps(`user-${name}`, errors[name])
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="user-create-heading">
      <h3 id="user-create-heading">{t('admin.newUser')}</h3>
      <FormAlert message={summary} />
      <FormField id="user-email" label={t('fields.email')} error={errors.email}>
        <input
          {...field('email')}
          type="email"
          autoComplete="off"
          value={values.email}
          onChange={(event) => set({ email: event.target.value })}
        />
      </FormField>
      <FormField id="user-displayName" label={t('fields.displayName')} error={errors.displayName}>
        <input
          {...field('displayName')}
          value={values.displayName}
          onChange={(event) => set({ displayName: event.target.value })}
        />
      </FormField>
      <FormField id="user-role" label={t('fields.role')} error={errors.role}>
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
      <FormField id="user-organisationId" label={t('fields.organisationId')} error={errors.organisationId}>
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
