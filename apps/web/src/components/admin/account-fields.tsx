import { ACCOUNT_ROLES, type AccountRole, type Organisation } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { controlProps, FormField } from '../watch/form-field.tsx'

/** What both account forms ask: the email, the name, the role and the organisation. */
export interface AccountValues {
  email: string
  displayName: string
  role: AccountRole
  organisationId: string
}

/**
 * The fields of an account, shared by the creation and the edit forms.
 * @param idPrefix keeps the ids of two forms on one page apart (`user-`, `edit-`)
 */
export function AccountFields(props: {
  idPrefix: string
  values: AccountValues
  errors: Record<string, string>
  set: (change: Partial<AccountValues>) => void
  organisations: Organisation[]
}) {
  const { idPrefix, values, errors, set, organisations } = props
  const { t } = useTranslation()
  const field = (name: keyof AccountValues) => controlProps(`${idPrefix}${name}`, errors[name])
  return (
    <>
      <FormField id={`${idPrefix}email`} label={t('fields.email')} error={errors.email}>
        <input
          {...field('email')}
          type="email"
          autoComplete="off"
          value={values.email}
          onChange={(event) => set({ email: event.target.value })}
        />
      </FormField>
      <FormField id={`${idPrefix}displayName`} label={t('fields.displayName')} error={errors.displayName}>
        <input
          {...field('displayName')}
          value={values.displayName}
          onChange={(event) => set({ displayName: event.target.value })}
        />
      </FormField>
      <FormField id={`${idPrefix}role`} label={t('fields.role')} error={errors.role}>
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
      <FormField
        id={`${idPrefix}organisationId`}
        label={t('fields.organisationId')}
        error={errors.organisationId}
      >
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
    </>
  )
}
