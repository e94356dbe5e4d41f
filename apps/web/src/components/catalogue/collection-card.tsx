import type { Collection } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { env } from '../../env.ts'
import { collectionItemsUrl, ITEMS_FORMATS, type ItemsFormat } from '../../lib/collection-urls.ts'
import { parseLanguage } from '../../lib/languages.ts'

interface CollectionCardProps {
  collection: Collection
}

const FORMATS: readonly ItemsFormat[] = ['geojson', 'html']

/** One collection: title and description in the shown language, feature count, links to its items. */
export function CollectionCard({ collection }: CollectionCardProps) {
  const { t, i18n } = useTranslation()
  const english = parseLanguage(i18n.resolvedLanguage) === 'en'
  const title = english ? collection.titleEn : collection.title
  const description = english ? collection.descriptionEn : collection.description
  const headingId = `collection-${collection.id}`
  return (
    <li className="collection-card">
      <article aria-labelledby={headingId}>
        <h4 id={headingId}>{title}</h4>
        <p className="collection-count">{t('catalogue.features', { count: collection.numberOfFeatures })}</p>
        <p className="collection-description">{description}</p>
        <p className="collection-links">
          <span>{t('catalogue.itemsLinks')}</span>
          {FORMATS.map((format) => (
            <a
              key={format}
              href={collectionItemsUrl(env.apiBaseUrl, collection.id, format)}
              type={ITEMS_FORMATS[format].mediaType}
            >
              {t(`catalogue.${format}`)}
              <span className="visually-hidden"> — {t('catalogue.linkContext', { title })}</span>
            </a>
          ))}
        </p>
      </article>
    </li>
  )
}
