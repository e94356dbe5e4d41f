import type { Collection } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { groupCollections } from '../../lib/group-collections.ts'
import { CollectionCard } from './collection-card.tsx'

interface CollectionListProps {
  collections: readonly Collection[]
}

/** The collections grouped as in the catalogue (property, buffer zone, terrils, …), one section a group. */
export function CollectionList({ collections }: CollectionListProps) {
  const { t } = useTranslation()
  if (collections.length === 0) return <p>{t('catalogue.empty')}</p>
  const groupLabels: Record<string, string> = t('groups', { returnObjects: true })
  return (
    <div className="collection-groups">
      {groupCollections(collections).map(({ group, collections: members }) => (
        <section key={group} className="collection-group" aria-labelledby={`group-${group}`}>
          <h3 id={`group-${group}`}>{groupLabels[group] ?? group}</h3>
          <ul className="collection-list">
            {members.map((collection) => (
              <CollectionCard key={collection.id} collection={collection} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
