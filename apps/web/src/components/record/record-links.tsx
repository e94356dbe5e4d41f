import { findCollection } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { env } from '../../env.ts'
import { featureUrl, ITEMS_FORMATS } from '../../lib/api-urls.ts'
import type { FeatureRef } from '../../lib/url-state.ts'

/** Links out of the record: the feature as GeoJSON (OGC API) and the collection's sources. */
export function RecordLinks({ selection }: { selection: FeatureRef }) {
  const { t } = useTranslation()
  const sources = findCollection(selection.collection)?.sources ?? []
  return (
    <section className="record-section record-links">
      <h3 id="record-links-heading">{t('record.links')}</h3>
      <ul>
        <li>
          <a
            href={featureUrl(env.apiBaseUrl, selection.collection, selection.id, 'geojson')}
            type={ITEMS_FORMATS.geojson.mediaType}
          >
            {t('record.geojson')}
          </a>
        </li>
        {sources.map((source) => (
          <li key={source.url + source.file}>
            <a href={source.url} hrefLang="fr">
              {t('record.source')}
            </a>{' '}
            <span lang="fr">
              {source.dataset} ({source.producer})
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
