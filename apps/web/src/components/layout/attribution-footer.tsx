import { DATA_ATTRIBUTION, DATA_LICENCE } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'

/**
 * The credit the Licence Ouverte asks for, always visible under the map; its wording stays in French.
 * A basemap's credit is shown on the map by the basemap menu (components/basemaps/).
 */
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
