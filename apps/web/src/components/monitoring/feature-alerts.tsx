import { OPEN_ALERT_STATUSES } from '@heritage-watch/shared'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useFeatureAlerts } from '../../hooks/use-feature-alerts.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import type { FeatureRef } from '../../lib/url-state.ts'
import type { RecordMonitoringOptions } from './record-monitoring.tsx'

type FeatureAlertsProps = RecordMonitoringOptions & { feature: FeatureRef }

/**
 * The feature's alerts the account may see, open and closed, newest observation first: each a button
 * that opens the alert, with its status and severity badges.
 */
export function FeatureAlerts({
  feature,
  onOpenAlert,
  openSingleAlert,
  onSingleAlertLooked,
}: FeatureAlertsProps) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const messagesOf = useProblemMessages()
  const state = useFeatureAlerts(feature)
  const openAlerts =
    state.status === 'ready'
      ? state.list.alerts.filter((alert) => OPEN_ALERT_STATUSES.includes(alert.status))
      : []
  const open = openAlerts.length
  const single = state.status === 'ready' && open === 1 ? openAlerts[0]?.id : undefined

  // A badge standing for one alert opens it, once the list says which (the record stays behind it).
  useEffect(() => {
    if (!openSingleAlert || state.status === 'loading') return
    onSingleAlertLooked()
    if (single) onOpenAlert(single)
  }, [openSingleAlert, state.status, single, onSingleAlertLooked, onOpenAlert])

  return (
    <section className="record-section" aria-labelledby="record-alerts-heading">
      <h3 id="record-alerts-heading">
        {t('monitoring.alertsHeading')}
        {open > 0 && (
          <span className="monitoring-count"> · {t('monitoring.openCount', { count: open })}</span>
        )}
      </h3>
      {state.status === 'loading' && (
        <p className="record-muted" role="status">
          {t('monitoring.alertsLoading')}
        </p>
      )}
      {state.status === 'error' && (
        <p className="record-notice" role="alert">
          {t('monitoring.alertsError', { message: messagesOf(state.error).summary })}
        </p>
      )}
      {state.status === 'ready' && state.list.alerts.length === 0 && (
        <p className="record-muted">{t('monitoring.alertsNone')}</p>
      )}
      {state.status === 'ready' && state.list.alerts.length > 0 && (
        <ul className="monitoring-alerts">
          {state.list.alerts.map((alert) => (
            <li key={alert.id}>
              <button
                type="button"
                className="related-button monitoring-alert"
                onClick={() => onOpenAlert(alert.id)}
              >
                <span className="related-label">
                  {alert.reference} · {alert.title}
                </span>
                <span className="monitoring-badges">
                  <span className={`status-badge status-${alert.status}`}>{labels.status(alert.status)}</span>
                  <span className={`severity-badge severity-${alert.severity}`}>
                    {labels.severity(alert.severity)}
                  </span>
                  <span className="related-detail">
                    {t('monitoring.observedOn', { date: labels.date(alert.observedOn) })}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {state.status === 'ready' && state.list.numberMatched > state.list.alerts.length && (
        <p className="record-muted">
          {t('monitoring.alertsMore', { shown: state.list.alerts.length, total: state.list.numberMatched })}
        </p>
      )}
    </section>
  )
}
