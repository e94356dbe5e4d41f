import { useTranslation } from 'react-i18next'
import { env } from '../../env.ts'

/**
 * The Atom feed of the alerts the account may see (GET /alerts/feed.atom), offered where alerts are
 * followed: a feed reader takes the link; a personal API token goes in its `?token=`.
 */
export function AlertFeedLink() {
  const { t } = useTranslation()
  return (
    <p className="alert-feed-link">
      <a href={`${env.apiBaseUrl}/alerts/feed.atom`} rel="alternate" type="application/atom+xml">
        {t('subscriptions.feed')}
      </a>{' '}
      <span className="record-muted">{t('subscriptions.feedHint')}</span>
    </p>
  )
}
