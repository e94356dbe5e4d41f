import { DATA_ATTRIBUTION, DATA_LICENCE } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { env } from '../../env.ts'
import { BASEMAPS } from '../../map/layers/basemap-layers.ts'

/**
 * The credit the Licence Ouverte asks for, always visible under the map; its wording stays in French.
 * A configured basemap adds its own credit.
 */
export function AttributionFooter() {
  const { t } = useTranslation()
  const basemap = env.basemap === 'none' ? undefined : BASEMAPS[env.basemap].attribution
  return (
    <footer className="attribution-footer">
      <p>
        <span lang="fr">{DATA_ATTRIBUTION}</span>{' '}
        <a href={DATA_LICENCE.url} hrefLang="fr" rel="license">
          {t('footer.licenceLink')}
        </a>
        {basemap && (
          <>
            {' · '}
            {t('footer.basemap')} <a href={basemap.url}>{basemap.text}</a>
          </>
        )}
      </p>
    </footer>
  )
}
