import type { Alert } from '@heritage-watch/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertChange } from '../../hooks/use-alert-change.ts'
import { useAssignees } from '../../hooks/use-assignees.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { FormAlert } from '../watch/form-field.tsx'

/** Officers: who deals with the alert, among the officers and admins (`GET /alerts/assignees`). */
export function AlertAssignee({ alert }: { alert: Alert }) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const assignees = useAssignees()
  const assign = useAlertChange('assignee', alert.id)
  const [chosen, setChosen] = useState(alert.assignee?.id ?? '')
  const [message, setMessage] = useState('')
  const people = assignees.data ?? []

  const save = () => {
    setMessage('')
    assign.mutate(chosen || null, { onError: (error) => setMessage(messagesOf(error).summary) })
  }

  return (
    <div className="alert-actions">
      <FormAlert message={message || (assignees.isError ? messagesOf(assignees.error).summary : '')} />
      <label htmlFor="alert-assignee">{t('fields.assignee')}</label>
      <div className="inline-form">
        <select id="alert-assignee" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{t('alert.nobody')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </select>
        <button type="button" onClick={save} disabled={chosen === (alert.assignee?.id ?? '')}>
          {t('triage.assign')}
        </button>
      </div>
    </div>
  )
}
