import type { Alert, AlertPerson } from '@heritage-watch/shared'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { assignAlert, fetchAssignees } from '../../api/alerts-client.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useSession } from '../../hooks/use-session.ts'
import { FormAlert } from '../watch/form-field.tsx'

/** Officers: who deals with the alert, among the officers and admins (`GET /alerts/assignees`). */
export function AlertAssignee({ alert, onChanged }: { alert: Alert; onChanged: (alert: Alert) => void }) {
  const { t } = useTranslation()
  const session = useSession()
  const messagesOf = useProblemMessages()
  const [people, setPeople] = useState<AlertPerson[]>([])
  const [chosen, setChosen] = useState(alert.assignee?.id ?? '')
  const [message, setMessage] = useState('')
  const { request } = session

  useEffect(() => {
    const controller = new AbortController()
    fetchAssignees({ ...request, signal: controller.signal }).then(setPeople, (error: unknown) => {
      if (!controller.signal.aborted) setMessage(messagesOf(error).summary)
    })
    return () => controller.abort()
  }, [request, messagesOf])

  const save = async () => {
    setMessage('')
    try {
      onChanged(await assignAlert(alert.id, chosen || null, request))
    } catch (error) {
      setMessage(messagesOf(error).summary)
    }
  }

  return (
    <div className="alert-actions">
      <FormAlert message={message} />
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
        <button type="button" onClick={() => void save()} disabled={chosen === (alert.assignee?.id ?? '')}>
          {t('triage.assign')}
        </button>
      </div>
    </div>
  )
}
