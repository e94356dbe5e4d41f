import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { useCollectionTitle } from '../../hooks/use-collection-title.ts'
import { sameFeature, type FeatureRef } from '../../lib/url-state.ts'
import type { VisibleFeatureList } from '../../lib/visible-features.ts'
import { SidePanel } from '../layout/side-panel.tsx'

interface VisibleListProps {
  list: VisibleFeatureList
  selection: FeatureRef | null
  onOpen: (feature: FeatureRef) => void
  onClose: () => void
  headingRef: Ref<HTMLHeadingElement>
}

/**
 * "Features in view": the features of the visible layers in the current view, as buttons that open
 * their record. The accessible way through the map, for keyboard and screen reader users.
 */
export function VisibleList({ list, selection, onOpen, onClose, headingRef }: VisibleListProps) {
  const { t } = useTranslation()
  const collectionTitle = useCollectionTitle()
  const summary =
    list.total > list.items.length
      ? t('list.capped', { shown: list.items.length, count: list.total })
      : t('list.count', { count: list.total })
  return (
    <SidePanel
      id="list-panel"
      headingId="list-heading"
      title={t('list.heading')}
      className="list-panel"
      onClose={onClose}
      headingRef={headingRef}
    >
      <p className="list-summary" role="status">
        {summary}
      </p>
      {list.total === 0 && <p className="record-muted">{t('list.empty')}</p>}
      <ul className="feature-list">
        {list.items.map((item) => (
          <li key={`${item.collection}/${item.id}`}>
            <button
              type="button"
              className="feature-button"
              aria-current={sameFeature(item, selection) ? 'true' : undefined}
              onClick={() => onOpen(item)}
            >
              <span className="feature-button-label">{item.label}</span>
              <span className="feature-button-detail">{collectionTitle(item.collection)}</span>
            </button>
          </li>
        ))}
      </ul>
    </SidePanel>
  )
}
