import { findCollection } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { env } from '../../env.ts'
import { featureUrl, ITEMS_FORMATS } from '../../lib/api-urls.ts'
import type { FeatureRef } from '../../lib/url-state.ts'
import '../../i18n/record-translations.ts'

/**
 * Links out of the record: the feature as GeoJSON (OGC API), its fiche-bilan (issue #10 §4: a French A4
 * page served by the API, and its PDF, showing what the caller's account may see) and the sources. The
 * sheet's one label sits in the bundled texts: this record is in the first load, where the lazily loaded
 * texts are not there yet, and a lazy chunk here cost more than the budget's margin.
 */
export function RecordLinks({ selection }: { selection: FeatureRef }) {
  const { t } = useTranslation()
  const sheet = `${env.apiBaseUrl}/sheets/${encodeURIComponent(selection.collection)}/${encodeURIComponent(selection.id)}`
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
        <li>
          <a href={sheet} hrefLang="fr">
            {t('record.sheet')}
          </a>{' '}
          (
          <a href={`${sheet}.pdf`} hrefLang="fr" type="application/pdf">
            PDF
          </a>
          )
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
