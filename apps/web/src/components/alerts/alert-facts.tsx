import type { Alert } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import type { FeatureRef } from '../../lib/url-state.ts'

/** Status, severity, category, dates, people and the features, as a description list. */
export function AlertFacts({
  alert,
  onOpenFeature,
}: {
  alert: Alert
  onOpenFeature: (feature: FeatureRef) => void
}) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  return (
    <dl className="alert-facts">
      <dt>{t('fields.status')}</dt>
      <dd>
        <span className={`status-badge status-${alert.status}`}>{labels.status(alert.status)}</span>
      </dd>
      <dt>{t('fields.severity')}</dt>
      <dd>
        <span className={`severity-badge severity-${alert.severity}`}>{labels.severity(alert.severity)}</span>
      </dd>
      <dt>{t('fields.category')}</dt>
      <dd>{labels.category(alert.category)}</dd>
      <dt>{t('fields.observedOn')}</dt>
      <dd>{labels.date(alert.observedOn)}</dd>
      <dt>{t('alert.reporter')}</dt>
      <dd>
        {alert.reporter.displayName}
        {alert.organisation && ` (${alert.organisation.name})`}
      </dd>
      <dt>{t('fields.assignee')}</dt>
      <dd>{alert.assignee?.displayName ?? t('alert.nobody')}</dd>
      {alert.features.length > 0 && (
        <>
          <dt>{t('alert.features')}</dt>
          <dd>
            <ul className="context-list">
              {alert.features.map((feature) => (
                <li key={`${feature.collection}/${feature.id}`}>
                  <button type="button" className="link-button" onClick={() => onOpenFeature(feature)}>
                    {t('alert.showOnMap', { label: feature.label })}
                  </button>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {alert.communes.length > 0 && (
        <>
          <dt>{t('context.communes')}</dt>
          <dd>{alert.communes.join(', ')}</dd>
        </>
      )}
    </dl>
  )
}
