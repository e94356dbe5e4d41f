import { useTranslation } from 'react-i18next'

interface CatalogueErrorProps {
  error: Error
  onRetry: () => void
}

/** Says the API could not be reached, with the technical reason and a way to try again. */
export function CatalogueError({ error, onRetry }: CatalogueErrorProps) {
  const { t } = useTranslation()
  return (
    <div className="catalogue-error" role="alert">
      <h3>{t('catalogue.errorTitle')}</h3>
      <p>{t('catalogue.errorBody')}</p>
      <p className="catalogue-error-detail">{t('catalogue.errorDetail', { message: error.message })}</p>
      <button type="button" onClick={onRetry}>
        {t('catalogue.retry')}
      </button>
    </div>
  )
}
