import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useSubscriptionDeliveries } from '../../hooks/use-subscription-deliveries.ts'

/** What was sent for one subscription, newest first, with each attempt (the webhook's answers). */
export function SubscriptionDeliveries({ subscriptionId }: { subscriptionId: string }) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const deliveries = useSubscriptionDeliveries(subscriptionId)
  if (deliveries.isPending) return <p className="record-muted">{t('watch.loading')}</p>
  if (!deliveries.data?.length) return <p className="record-muted">{t('subscriptions.noDelivery')}</p>
  return (
    <ul className="subscription-deliveries">
      {deliveries.data.map((delivery) => (
        <li key={delivery.id}>
          <strong>
            {t(`subscriptions.channel.${delivery.channel}`)} · {t(`subscriptions.status.${delivery.status}`)}
          </strong>{' '}
          {labels.dateTime(delivery.createdAt)} · {t('subscriptions.events', { count: delivery.events })}
          <ol>
            {delivery.attempts.map((attempt) => (
              <li key={attempt.attempt}>
                {labels.dateTime(attempt.at)} —{' '}
                {attempt.ok ? t('subscriptions.attemptOk') : t('subscriptions.attemptFailed')}
                {attempt.httpStatus !== null && ` (HTTP ${attempt.httpStatus})`}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  )
}
