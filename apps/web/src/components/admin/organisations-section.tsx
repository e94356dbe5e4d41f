import type { Organisation } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCreateOrganisation } from '../../hooks/use-create-organisation.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { controlProps, FormAlert, FormField } from '../watch/form-field.tsx'

/** The organisations partners belong to, and a form to add one. */
export function OrganisationsSection({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const createOrganisation = useCreateOrganisation()
  const [name, setName] = useState('')
  const [error, setError] = useState<string>()
  const [summary, setSummary] = useState('')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSummary('')
    if (!name.trim()) {
      setError(t('reportErrors.required'))
      return
    }
    setError(undefined)
    createOrganisation.mutate(name.trim(), {
      onSuccess: () => setName(''),
      onError: (failure) => {
        const messages = messagesOf(failure)
        setError(messages.fields.name)
        setSummary(messages.summary)
      },
    })
  }

  return (
    <section className="admin-section" aria-labelledby="organisations-heading">
      <h3 id="organisations-heading">{t('admin.organisations')}</h3>
      <ul className="organisation-list">
        {organisations.map((organisation) => (
          <li key={organisation.id}>{organisation.name}</li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={submit} noValidate>
        <FormAlert message={summary} />
        <FormField id="organisation-name" label={t('admin.organisationName')} error={error}>
          <input
            {...controlProps('organisation-name', error)}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </FormField>
        <button type="submit" className="primary-button">
          {t('admin.createOrganisation')}
        </button>
      </form>
    </section>
  )
}
