import { DATA_ATTRIBUTION, DATA_LICENCE } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'

/** The credit the Licence Ouverte asks for, shown on every screen; its wording stays in French. */
export function AttributionFooter() {
  const { t } = useTranslation()
  return (
    <footer className="attribution-footer">
      <p>
        <span lang="fr">{DATA_ATTRIBUTION}</span>{' '}
        <a href={DATA_LICENCE.url} hrefLang="fr" rel="license">
          {t('footer.licenceLink')}
        </a>
      </p>
    </footer>
  )
}
