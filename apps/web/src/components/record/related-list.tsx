import { RELATIONS, type RelatedFeature } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useCollectionTitle } from '../../hooks/use-collection-title.ts'
import { useLanguage } from '../../hooks/use-language.ts'
import { formatDistance } from '../../lib/format-value.ts'
import type { FeatureRef } from '../../lib/url-state.ts'
import '../../i18n/record-translations.ts'

interface RelatedListProps {
  related: readonly RelatedFeature[]
  onOpen: (feature: FeatureRef) => void
}

/** Related features by relation (component, elements, terrils and cités within 500 m, communes), as buttons. */
export function RelatedList({ related, onOpen }: RelatedListProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const collectionTitle = useCollectionTitle()
  if (related.length === 0) return null
  return (
    <section className="record-section">
      <h3 id="record-related-heading">{t('record.related')}</h3>
      {RELATIONS.map((relation) => {
        const members = related.filter((feature) => feature.relation === relation)
        if (members.length === 0) return null
        return (
          <div key={relation} className="related-group">
            <h4>{t(`record.relations.${relation}`)}</h4>
            <ul className="related-list">
              {members.map((feature) => (
                <li key={`${feature.collection}/${feature.id}`}>
                  <button
                    type="button"
                    className="related-button"
                    onClick={() => onOpen({ collection: feature.collection, id: feature.id })}
                  >
                    <span className="related-label">{feature.label}</span>
                    <span className="related-detail">
                      {collectionTitle(feature.collection)}
                      {feature.distanceM !== null &&
                        ` · ${feature.distanceM === 0 ? t('record.touching') : formatDistance(feature.distanceM, language)}`}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}
