import { DATA_LICENCE } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'

/**
 * The credit the Licence Ouverte asks for, always visible under the map, in the screen's language: the
 * French one is the API's DATA_ATTRIBUTION word for word (i18n/credits.test.ts); producers keep their
 * names, and the licence its official bilingual title in English. A basemap's credit is shown on the
 * map by the basemap menu (components/basemaps/).
 */
export function AttributionFooter() {
  const { t } = useTranslation()
  return (
    <footer className="attribution-footer">
      <p>
        {t('shell.credits')}{' '}
        <a href={DATA_LICENCE.url} hrefLang="fr" rel="license">
          {t('footer.licenceLink')}
        </a>
      </p>
    </footer>
  )
}
