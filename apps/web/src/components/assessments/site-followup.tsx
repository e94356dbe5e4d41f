import type { SiteAtRiskFollowup } from '@heritage-watch/shared'
import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../hooks/use-language.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useSiteFollowup } from '../../hooks/use-site-followup.ts'

/**
 * An endangered site's follow-up (issue #10 §6): the Fondation du Patrimoine subscription, the owner and
 * the protection, as officers filled them ("non renseigné" until then: nothing is guessed); staff edit it.
 */
export function SiteFollowup({ siteId, mayEdit }: { siteId: string; mayEdit: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { followup, save } = useSiteFollowup(siteId)
  const [editing, setEditing] = useState(false)
  if (!followup.isSuccess) return null
  const data = followup.data
  const unknown = <span className="record-muted">{t('assessments.followup.unknown')}</span>
  return (
    <div className="site-followup">
      <h4>{t('assessments.followup.heading')}</h4>
      {editing ? (
        <FollowupForm followup={data} save={save} onDone={() => setEditing(false)} />
      ) : (
        <>
          <dl className="assessment-latest">
            <dt>{t('assessments.followup.fondation')}</dt>
            <dd>
              {data.fondationPatrimoineUrl ? (
                <a href={data.fondationPatrimoineUrl} target="_blank" rel="noreferrer">
                  {data.fondationPatrimoineUrl}
                </a>
              ) : (
                unknown
              )}
            </dd>
            <dt>{t('assessments.followup.owner')}</dt>
            <dd>{data.proprietaire ?? unknown}</dd>
            <dt>{t('assessments.followup.protection')}</dt>
            <dd>{data.protection ?? unknown}</dd>
          </dl>
          {data.updatedAt && (
            <p className="record-muted">
              {t('assessments.followup.updated', {
                date: new Date(data.updatedAt).toLocaleDateString(language === 'fr' ? 'fr-FR' : 'en-GB'),
                author: data.updatedBy ?? '?',
              })}
            </p>
          )}
          {mayEdit && (
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              {t('assessments.followup.edit')}
            </button>
          )}
        </>
      )}
    </div>
  )
}

function FollowupForm({
  followup,
  save,
  onDone,
}: {
  followup: SiteAtRiskFollowup
  save: ReturnType<typeof useSiteFollowup>['save']
  onDone: () => void
}) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const [url, setUrl] = useState(followup.fondationPatrimoineUrl ?? '')
  const [owner, setOwner] = useState(followup.proprietaire ?? '')
  const [protection, setProtection] = useState(followup.protection ?? '')
  const ids = { url: useId(), owner: useId(), protection: useId() }
  const problems = save.isError ? messagesOf(save.error) : undefined
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim())
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate(
      { fondationPatrimoineUrl: orNull(url), proprietaire: orNull(owner), protection: orNull(protection) },
      { onSuccess: onDone },
    )
  }
  return (
    <form onSubmit={submit} className="assessment-form">
      <div className="form-field">
        <label htmlFor={ids.url}>{t('assessments.followup.fondation')}</label>
        <input
          id={ids.url}
          type="url"
          pattern="https://.*"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <p className="form-hint">{t('assessments.followup.urlHint')}</p>
        {problems?.fields.fondationPatrimoineUrl && (
          <p className="form-error">{problems.fields.fondationPatrimoineUrl}</p>
        )}
      </div>
      <div className="form-field">
        <label htmlFor={ids.owner}>{t('assessments.followup.owner')}</label>
        <input id={ids.owner} value={owner} maxLength={500} onChange={(e) => setOwner(e.target.value)} />
      </div>
      <div className="form-field">
        <label htmlFor={ids.protection}>{t('assessments.followup.protection')}</label>
        <input
          id={ids.protection}
          value={protection}
          maxLength={500}
          onChange={(e) => setProtection(e.target.value)}
        />
      </div>
      {problems && (
        <p className="form-alert" role="alert">
          {problems.summary}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={save.isPending}>
          {t('assessments.followup.save')}
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          {t('assessments.cancel')}
        </button>
      </div>
    </form>
  )
}
