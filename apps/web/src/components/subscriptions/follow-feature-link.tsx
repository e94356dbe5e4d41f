import { useTranslation } from 'react-i18next'
import type { FeatureRef } from '../../lib/url-state.ts'
import { serializeWatchHash } from '../../lib/watch-hash.ts'
import { AlertFeedLink } from './alert-feed-link.tsx'
import './subscriptions.css'

/**
 * "S'abonner" in a feature's record: opens "Mes abonnements" ready to follow this feature (a commune's
 * or an EPCI's record follows the area). A link, so that it works from the keyboard and in a new tab.
 */
export function FollowFeatureLink({ feature }: { feature: FeatureRef }) {
  const { t } = useTranslation()
  const hash = serializeWatchHash({
    sheet: 'subscriptions',
    alertId: null,
    follow: `${feature.collection}/${feature.id}`,
  })
  return (
    <div className="follow-feature">
      <a className="follow-button" href={hash}>
        {t('subscriptions.subscribe')}
      </a>
      <AlertFeedLink />
    </div>
  )
}
