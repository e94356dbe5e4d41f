import { actorOf, can, type Subscription, type User } from '@heritage-watch/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useCollectionTitle } from '../../hooks/use-collection-title.ts'
import { useDeleteSubscription } from '../../hooks/use-delete-subscription.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useSubscriptions } from '../../hooks/use-subscriptions.ts'
import { FormAlert } from '../watch/form-field.tsx'
import { SheetFrame } from '../watch/sheet-frame.tsx'
import { AlertFeedLink } from './alert-feed-link.tsx'
import './subscriptions.css'
import { SubscriptionDeliveries } from './subscription-deliveries.tsx'
import { SubscriptionForm } from './subscription-form.tsx'

interface SubscriptionsSheetProps {
  user: User
  /** `<collection>/<id>` a record asked to follow (the hash's `suivre`). */
  follow?: string
  onClose: () => void
}

/** "Mes abonnements": the account's subscriptions to alerts, a form to add one, and what was sent. */
export function SubscriptionsSheet({ user, follow, onClose }: SubscriptionsSheetProps) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const collectionTitle = useCollectionTitle()
  const messagesOf = useProblemMessages()
  const list = useSubscriptions()
  const remove = useDeleteSubscription()
  const [secret, setSecret] = useState<string | null>(null)
  const [created, setCreated] = useState(false)
  const [open, setOpen] = useState<string | null>(null)
  const [failure, setFailure] = useState('')
  const summary = failure || (list.isError ? messagesOf(list.error).summary : '')
  const followed = follow && {
    value: follow,
    label: `${collectionTitle(follow.slice(0, follow.indexOf('/')))} ${follow.slice(follow.indexOf('/') + 1)}`,
  }

  const describe = (subscription: Subscription) => {
    const { target } = subscription
    const kind = t(`subscriptions.kinds.${target.kind === 'feature' ? 'follow' : target.kind}`)
    const said = (what: string, name = kind) => t('subscriptions.described', { kind: name, what })
    if (target.kind === 'category') return said(labels.category(target.category))
    if (target.kind === 'severity')
      return said(labels.severity(target.severity), t('subscriptions.minimumSeverity'))
    if (target.kind === 'feature')
      return said(subscription.label ?? target.featureId, collectionTitle(target.collection))
    return subscription.label ? said(subscription.label) : kind
  }

  return (
    <SheetFrame id="subscriptions-sheet" title={t('subscriptions.title')} onClose={onClose}>
      <p>{t('subscriptions.intro')}</p>
      <AlertFeedLink />
      <FormAlert message={summary} />
      {created && (
        <div className="token-secret" role="status">
          <p>{t('subscriptions.created')}</p>
          {secret && (
            <>
              <p>{t('subscriptions.secretOnce')}</p>
              <code>{secret}</code>
            </>
          )}
        </div>
      )}
      <SubscriptionForm
        key={follow ?? ''}
        follow={followed || undefined}
        mayTriage={can(actorOf(user), 'subscription:triage')}
        onCreated={(webhookSecret) => {
          setCreated(true)
          setSecret(webhookSecret)
        }}
      />
      {list.data && list.data.length === 0 && <p className="record-muted">{t('subscriptions.none')}</p>}
      {list.data && list.data.length > 0 && (
        // Scrolls on its own on a narrow phone rather than widening the page.
        <div className="subscriptions-table">
          <table className="watch-table">
            <caption>{t('subscriptions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('subscriptions.follow')}</th>
                <th scope="col">{t('subscriptions.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((subscription) => (
                <tr key={subscription.id}>
                  <th scope="row">
                    {describe(subscription)}
                    <span className="subscription-how">
                      {[
                        t(`subscriptions.frequencies.${subscription.frequency}`),
                        subscription.email ? t('subscriptions.channel.email') : null,
                        subscription.webhookUrl ? t('subscriptions.channel.webhook') : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                    {open === subscription.id && <SubscriptionDeliveries subscriptionId={subscription.id} />}
                  </th>
                  <td>
                    <div className="subscription-actions">
                      <button
                        type="button"
                        aria-expanded={open === subscription.id}
                        onClick={() => setOpen(open === subscription.id ? null : subscription.id)}
                      >
                        {t('subscriptions.deliveries')}
                      </button>
                      <button
                        type="button"
                        onClick={() =>
                          remove.mutate(subscription.id, {
                            onError: (error) => setFailure(messagesOf(error).summary),
                          })
                        }
                      >
                        {t('subscriptions.unsubscribe')}
                        <span className="visually-hidden"> ({describe(subscription)})</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </SheetFrame>
  )
}
