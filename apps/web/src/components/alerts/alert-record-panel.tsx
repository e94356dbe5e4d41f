import type { User } from '@heritage-watch/shared'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertRecord } from '../../hooks/use-alert-record.ts'
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { canTriage } from '../../lib/permissions.ts'
import type { FeatureRef } from '../../lib/url-state.ts'
import { SidePanel } from '../layout/side-panel.tsx'
import { AlertPlace } from '../monitoring/alert-place.tsx'
import { AlertAssignee } from './alert-assignee.tsx'
import { AlertCommentForm } from './alert-comment-form.tsx'
import { AlertContextView } from './alert-context-view.tsx'
import { AlertDuplicates } from './alert-duplicates.tsx'
import { AlertEditForm } from './alert-edit-form.tsx'
import { AlertFacts } from './alert-facts.tsx'
import { AlertPhotos } from './alert-photos.tsx'
import { AlertStatusActions } from './alert-status-actions.tsx'
import { AlertTimeline } from './alert-timeline.tsx'

interface AlertRecordPanelProps {
  user: User
  alertId: string
  onClose: () => void
  onOpenAlert: (id: string) => void
  onOpenFeature: (feature: FeatureRef) => void
}

/**
 * An alert's record beside the map: status, severity, features (buttons that show them on the map),
 * description, photos, the context stored with it, possible duplicates, the timeline and a comment box;
 * officers also move its status, assign it and edit it. Kept live by the alerts stream.
 */
export function AlertRecordPanel({
  user,
  alertId,
  onClose,
  onOpenAlert,
  onOpenFeature,
}: AlertRecordPanelProps) {
  const { t } = useTranslation()
  const messagesOf = useProblemMessages()
  const state = useAlertRecord(alertId)
  const [editing, setEditing] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(heading, alertId)

  const alert = state.status === 'ready' ? state.alert : undefined
  const title = alert
    ? `${alert.reference} · ${alert.title}`
    : state.status === 'error'
      ? t('alert.errorTitle')
      : t('alert.loading')
  const triage = canTriage(user)

  return (
    <SidePanel
      id="alert-panel"
      headingId="alert-heading"
      title={title}
      className="record-panel alert-panel"
      onClose={onClose}
      headingRef={heading}
      busy={state.status === 'loading'}
    >
      {state.status === 'loading' && (
        <p className="record-muted" role="status">
          {t('alert.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <p className="record-notice" role="alert">
          {messagesOf(state.error).summary}
        </p>
      )}
      {alert && (
        <>
          <AlertFacts alert={alert} onOpenFeature={onOpenFeature} />
          <AlertPlace alert={alert} drawn={alert.geometryOrigin === 'drawn'} />
          {editing ? (
            <AlertEditForm
              alert={alert}
              onCancel={() => setEditing(false)}
              onSaved={() => setEditing(false)}
            />
          ) : (
            <section className="record-section" aria-labelledby="alert-description-heading">
              <h3 id="alert-description-heading">{t('fields.description')}</h3>
              <p className="alert-description">{alert.description}</p>
              <button type="button" onClick={() => setEditing(true)}>
                {t('alert.edit')}
              </button>
            </section>
          )}
          {triage && (
            <section className="record-section" aria-labelledby="alert-triage-heading">
              <h3 id="alert-triage-heading">{t('triage.heading')}</h3>
              <AlertStatusActions alert={alert} />
              <AlertAssignee key={alert.assignee?.id ?? 'none'} alert={alert} />
            </section>
          )}
          <AlertPhotos alert={alert} />
          <AlertContextView
            context={alert.context}
            headingId="alert-context-heading"
            onOpenFeature={onOpenFeature}
          />
          <AlertDuplicates
            duplicates={alert.duplicates}
            headingId="alert-duplicates-heading"
            before={false}
            onOpenAlert={onOpenAlert}
          />
          <AlertTimeline events={alert.events} />
          <AlertCommentForm alert={alert} />
        </>
      )}
    </SidePanel>
  )
}
