import { useTranslation } from 'react-i18next'

/** Shown while a view of the accounts and alerts UI is being loaded (a chunk of its own). */
export function WatchFallback() {
  const { t } = useTranslation()
  return (
    <p className="watch-fallback" role="status">
      {t('watch.loading')}
    </p>
  )
}
