import type { Feature } from '@heritage-watch/shared'
import { type Ref, Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useCollectionTitle } from '../../hooks/use-collection-title.ts'
import { useFeatureLabeler } from '../../hooks/use-feature-labeler.ts'
import { useFeatureRecord } from '../../hooks/use-feature-record.ts'
import { useSession } from '../../hooks/use-session.ts'
import type { FeatureRef } from '../../lib/url-state.ts'
import type { RecordMonitoringOptions } from '../monitoring/record-monitoring.tsx'
import { AssessmentSlot } from '../assessments/assessment-slot.tsx'
import { SidePanel } from '../layout/side-panel.tsx'
import { ErbmFollowUpSection, RecordMonitoring } from '../watch/lazy-views.ts'
import { PropertyList } from './property-list.tsx'
import { ProtectionList } from './protection-list.tsx'
import { RecordLinks } from './record-links.tsx'
import { RelatedList } from './related-list.tsx'
import '../../i18n/record-translations.ts'

interface FeaturePanelProps {
  selection: FeatureRef
  onOpen: (feature: FeatureRef) => void
  onClose: () => void
  /** Told once the feature is loaded (to fit the map to it when the URL had no view). */
  onLoaded: (selection: FeatureRef, feature: Feature) => void
  headingRef: Ref<HTMLHeadingElement>
  /** Opens the report form for this feature; absent for visitors who may not report. */
  onReport?: () => void
  /** Given to signed-in accounts, whose record shows the feature's alerts and timeline. */
  monitoring?: RecordMonitoringOptions
}

/**
 * The record of the selected feature: a region named by its heading (the feature's label), with its
 * collection, protections, every property, related features and links. Escape or × closes it.
 */
export function FeaturePanel({
  selection,
  onOpen,
  onClose,
  onLoaded,
  headingRef,
  onReport,
  monitoring,
}: FeaturePanelProps) {
  const { t } = useTranslation()
  const { record, context } = useFeatureRecord(selection)
  const labelOf = useFeatureLabeler()
  const collectionTitle = useCollectionTitle()
  const signedIn = useSession().state.status === 'signed-in'

  const loaded = record.status === 'ready' ? record.feature : undefined
  const { collection, id } = selection
  useEffect(() => {
    if (loaded) onLoaded({ collection, id }, loaded)
  }, [loaded, onLoaded, collection, id])

  let title = t('record.loading')
  if (record.status === 'ready')
    title = labelOf(selection.collection, selection.id, record.feature.properties)
  else if (record.status === 'missing') title = t('record.missingTitle')
  else if (record.status === 'error') title = t('record.errorTitle')

  return (
    <SidePanel
      id="record-panel"
      headingId="record-heading"
      title={title}
      className="record-panel"
      onClose={onClose}
      headingRef={headingRef}
      busy={record.status === 'loading'}
    >
      <p className="record-collection">
        {collectionTitle(selection.collection)} · {t('record.id', { id: selection.id })}
      </p>
      {record.status === 'loading' && (
        <p className="record-muted" role="status">
          {t('record.loadingBody')}
        </p>
      )}
      {record.status === 'missing' && <p className="record-notice">{t('record.missingBody')}</p>}
      {record.status === 'error' && (
        <p className="record-notice" role="alert">
          {t('record.errorBody', { message: record.error.message })}
        </p>
      )}
      {record.status === 'ready' && (
        <>
          {onReport && (
            <button type="button" className="report-button" onClick={onReport}>
              {t('watch.report')}
            </button>
          )}
          {monitoring && (
            <Suspense fallback={null}>
              <RecordMonitoring feature={selection} {...monitoring} />
            </Suspense>
          )}
          <ProtectionList context={context} onOpen={onOpen} />
          <AssessmentSlot selection={selection} />
          <PropertyList collectionId={selection.collection} feature={record.feature} />
          {signedIn && selection.collection === 'cites-erbm' && (
            <Suspense fallback={null}>
              <ErbmFollowUpSection citeId={selection.id} />
            </Suspense>
          )}
          {context.status === 'ready' && <RelatedList related={context.context.related} onOpen={onOpen} />}
          <RecordLinks selection={selection} />
        </>
      )}
    </SidePanel>
  )
}
