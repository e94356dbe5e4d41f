import type { Assessment } from '@heritage-watch/shared'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDecideAssessment } from '../../hooks/use-decide-assessment.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'

/** An officer validates or refuses a partner's proposal, with an optional comment kept in its history. */
export function DecisionForm({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation()
  const decide = useDecideAssessment()
  const messagesOf = useProblemMessages()
  const [comment, setComment] = useState('')
  const commentId = useId()
  const send = (decision: 'validee' | 'refusee') =>
    decide.mutate({
      id: assessment.id,
      decision: comment.trim() ? { decision, comment: comment.trim() } : { decision },
    })
  return (
    <div className="assessment-decision">
      <label htmlFor={commentId}>{t('assessments.decisionComment')}</label>
      <input
        id={commentId}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        maxLength={5000}
      />
      <div className="form-actions">
        <button
          type="button"
          className="primary-button"
          disabled={decide.isPending}
          onClick={() => send('validee')}
        >
          {t('assessments.validate')}
        </button>
        <button
          type="button"
          className="link-button"
          disabled={decide.isPending}
          onClick={() => send('refusee')}
        >
          {t('assessments.refuse')}
        </button>
      </div>
      {decide.isError && (
        <p className="form-alert" role="alert">
          {messagesOf(decide.error).summary}
        </p>
      )}
    </div>
  )
}
