import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApplyMapLocale } from '../../hooks/use-apply-map-locale.ts'
import { useCentreMarkers } from '../../hooks/use-centre-markers.ts'
import { useCollections } from '../../hooks/use-collections.ts'
import { useFeatureLabeler } from '../../hooks/use-feature-labeler.ts'
import { useFirstIdle } from '../../hooks/use-first-idle.ts'
import { useFitRequests } from '../../hooks/use-fit-requests.ts'
import { useKeyboardShortcuts } from '../../hooks/use-keyboard-shortcuts.ts'
import { useLanguage } from '../../hooks/use-language.ts'
import { useLayerCounts } from '../../hooks/use-layer-counts.ts'
import { useLayerVisibility } from '../../hooks/use-layer-visibility.ts'
import { useMap } from '../../hooks/use-map.ts'
import { useMapClick } from '../../hooks/use-map-click.ts'
import { useMapLocale } from '../../hooks/use-map-locale.ts'
import { useMediaQuery, WIDE_SCREEN } from '../../hooks/use-media-query.ts'
import { type PanelName, usePanels } from '../../hooks/use-panels.ts'
import { usePanelHeadings } from '../../hooks/use-panel-headings.ts'
import { usePanelSync } from '../../hooks/use-panel-sync.ts'
import { useSelectionHighlight } from '../../hooks/use-selection-highlight.ts'
import { readUrlState, useUrlHistory } from '../../hooks/use-url-history.ts'
import { useVisibleFeatures } from '../../hooks/use-visible-features.ts'
import { useWatchWiring } from '../../hooks/use-watch-wiring.ts'
import type { ShortcutAction } from '../../lib/keyboard-shortcuts.ts'
import type { FeatureRef, UrlState } from '../../lib/url-state.ts'
import { MapView } from '../../map/map-view.tsx'
import { LayersPanel } from '../legend/layers-panel.tsx'
import { VisibleList } from '../list/visible-list.tsx'
import { SessionNotice } from '../auth/session-notice.tsx'
import { AlertPlacesLayer, WatchSheetView, WatchSidePanel } from '../watch/lazy-views.ts'
import { WatchFallback } from '../watch/watch-fallback.tsx'
import { BasemapControl, basemapWantedAtStart } from '../basemaps/lazy-basemap-control.ts'
import { AttributionFooter } from './attribution-footer.tsx'
import { MapNotice } from './map-notice.tsx'
import { SiteHeader } from './site-header.tsx'

// Loaded when first opened: neither is part of the first view, whose JavaScript budget is 400 KB gzipped.
const FeaturePanel = lazy(() =>
  import('../record/feature-panel.tsx').then((module) => ({ default: module.FeaturePanel })),
)
const HelpDialog = lazy(() =>
  import('../help/help-dialog.tsx').then((module) => ({ default: module.HelpDialog })),
)

const PANEL_BUTTON_IDS: Record<PanelName, string> = { layers: 'layers-button', list: 'list-button' }

/** While a report's pin is being dropped, a click on the map places it and opens no record. */
const IGNORE_CLICK = () => undefined

/**
 * The map app: header, the map with its panels (layers, features in view, record), the attribution and
 * the keyboard help. Holds the state the URL carries (through use-url-history) and moves the focus.
 */
export function Workspace() {
  const { t } = useTranslation()
  const map = useMap()
  const language = useLanguage()
  const wide = useMediaQuery(WIDE_SCREEN)
  const [initial] = useState<UrlState>(readUrlState)
  // The history hook needs the fit's URL callback, the fit hook needs the selection: a ref joins them.
  const onUrlState = useRef<(state: UrlState) => void>(() => undefined)
  const onRestore = useCallback((state: UrlState) => onUrlState.current(state), [])
  const history = useUrlHistory(map, initial, onRestore)
  const { selection, select, visibleLayers, setLayerVisible } = history
  const {
    fitBox,
    fitFeature,
    onRecordLoaded,
    onUrlState: onFitUrlState,
  } = useFitRequests(map, selection, initial)
  useEffect(() => {
    onUrlState.current = onFitUrlState
  })
  const panels = usePanels(wide)

  const searchInput = useRef<HTMLInputElement>(null)
  const headings = usePanelHeadings()
  const { focusNext } = headings
  const returnFocus = useRef<HTMLElement | null>(null)

  // The legend's counts can wait for the first complete view of the map.
  const firstIdle = useFirstIdle(map)
  const collections = useCollections(firstIdle)
  const counts = useLayerCounts(collections, firstIdle)
  const labelOf = useFeatureLabeler()
  const visibleFeatures = useVisibleFeatures(map, panels.listOpen, visibleLayers, labelOf, language)
  const locale = useMapLocale()
  useApplyMapLocale(map, locale)
  useLayerVisibility(map, visibleLayers)
  useSelectionHighlight(map, selection)
  useCentreMarkers(map)
  const [failedSources, setFailedSources] = useState<ReadonlySet<string>>(new Set())
  const onSourceError = useCallback(
    (source: string) =>
      setFailedSources((previous) => (previous.has(source) ? previous : new Set([...previous, source]))),
    [],
  )

  const openRecord = useCallback(
    (feature: FeatureRef, options: { fit?: boolean } = {}) => {
      if (!selection)
        returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      if (options.fit) fitFeature(feature, true)
      focusNext('record')
      select(feature)
    },
    [selection, select, fitFeature, focusNext],
  )
  const openFromRecord = useCallback(
    (feature: FeatureRef) => openRecord(feature, { fit: true }),
    [openRecord],
  )

  const closeRecord = useCallback(() => {
    select(null)
    const previous = returnFocus.current
    returnFocus.current = null
    if (previous?.isConnected) previous.focus()
    else map?.getCanvas().focus()
  }, [select, map])

  // Accounts and alerts: the report form, the alert record and the sheets (desk, tokens, admin).
  const wiring = useWatchWiring(map, openRecord, !panels.helpOpen)
  const { user, watch, mayReport, watchPanelOpen } = wiring

  const sync = usePanelSync({ ...watch, closePanel: panels.close, openRecord, fitBox, wide })
  const { openPlace, chooseResult } = sync
  useMapClick(map, visibleLayers, watch.pinMode ? IGNORE_CLICK : openPlace, wiring.onMark)

  const togglePanel = (panel: PanelName, focus: boolean) => {
    const opened = panels.toggle(panel)
    if (opened && focus) focusNext(panel)
  }
  const closePanel = (panel: PanelName) => {
    panels.close(panel)
    document.getElementById(PANEL_BUTTON_IDS[panel])?.focus()
  }

  useKeyboardShortcuts((action: ShortcutAction) => {
    // A modal dialog (help, login) owns the keyboard.
    if (panels.helpOpen || document.querySelector('dialog[open]')) return false
    switch (action) {
      case 'focus-search':
        searchInput.current?.focus()
        return true
      case 'toggle-layers':
        togglePanel('layers', true)
        return true
      case 'toggle-list':
        togglePanel('list', true)
        return true
      case 'show-help':
        panels.setHelpOpen(true)
        return true
      case 'close': {
        if (watch.report) {
          watch.closeReport()
          return true
        }
        if (watch.alertId) {
          watch.openAlert(null)
          return true
        }
        if (watch.sheet) {
          watch.openSheet(null)
          return true
        }
        if (selection) {
          closeRecord()
          return true
        }
        const focused = document.activeElement
        for (const panel of ['list', 'layers'] as const) {
          const open = panel === 'list' ? panels.listOpen : panels.layersOpen
          const element = document.getElementById(`${panel}-panel`)
          if (open && (element?.contains(focused) || !wide)) {
            closePanel(panel)
            return true
          }
        }
        return false
      }
    }
  })

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader
        searchRef={searchInput}
        onChoose={chooseResult}
        layersOpen={panels.layersOpen}
        listOpen={panels.listOpen}
        onToggleLayers={() => togglePanel('layers', false)}
        onToggleList={() => togglePanel('list', false)}
        onShowHelp={() => panels.setHelpOpen(true)}
        onOpenSheet={watch.openSheet}
        report={mayReport ? { pinMode: watch.pinMode, onToggle: wiring.togglePin } : undefined}
      />
      <main id="main" className="workspace" tabIndex={-1}>
        {(panels.layersOpen || panels.listOpen) && (
          <div className="side side-start">
            {panels.layersOpen && (
              <LayersPanel
                visibleLayers={visibleLayers}
                counts={counts}
                onToggle={setLayerVisible}
                onClose={() => closePanel('layers')}
                headingRef={headings.layers}
                alertBadges={wiring.mayReadAlerts}
              />
            )}
            {panels.listOpen && (
              <VisibleList
                list={visibleFeatures}
                selection={selection}
                onOpen={openRecord}
                onClose={() => closePanel('list')}
                headingRef={headings.list}
              />
            )}
          </div>
        )}
        <div className="map-area">
          <MapView
            initialView={initial.view}
            initialVisibleLayers={visibleLayers}
            locale={locale}
            onSourceError={onSourceError}
          />
          {map && wiring.mayReadAlerts && (
            <Suspense fallback={null}>
              <AlertPlacesLayer map={map} />
            </Suspense>
          )}
          {map && (firstIdle || basemapWantedAtStart(initial)) && (
            <Suspense fallback={null}>
              <BasemapControl map={map} />
            </Suspense>
          )}
          <MapNotice failedSources={failedSources.size} />
          <SessionNotice />
          {watch.sheet && (user || watch.sheet === 'indicators') && (
            <Suspense fallback={<WatchFallback />}>
              <WatchSheetView
                sheet={watch.sheet}
                user={user}
                openAlertId={watch.alertId}
                onOpenAlert={watch.openAlert}
                onClose={() => watch.openSheet(null)}
              />
            </Suspense>
          )}
        </div>
        {user && watchPanelOpen && (
          <div className="side side-end">
            <Suspense fallback={<WatchFallback />}>
              <WatchSidePanel
                user={user}
                report={watch.report}
                alertId={watch.alertId}
                mapCentre={wiring.mapCentre}
                onMovePin={watch.movePin}
                onCloseReport={watch.closeReport}
                onOpenAlert={watch.openAlert}
                onOpenFeature={wiring.openFeatureFromAlert}
              />
            </Suspense>
          </div>
        )}
        {selection && !watchPanelOpen && (
          <div className="side side-end">
            <Suspense fallback={null}>
              <FeaturePanel
                key={`${selection.collection}/${selection.id}`}
                selection={selection}
                onOpen={openFromRecord}
                onClose={closeRecord}
                onLoaded={onRecordLoaded}
                headingRef={headings.recordHeadingRef}
                onReport={
                  mayReport ? () => watch.startReport({ features: [selection], pin: null }) : undefined
                }
                monitoring={wiring.recordMonitoring(selection)}
              />
            </Suspense>
          </div>
        )}
      </main>
      <AttributionFooter />
      {panels.helpOpen && (
        <Suspense fallback={null}>
          <HelpDialog onClose={() => panels.setHelpOpen(false)} />
        </Suspense>
      )}
    </div>
  )
}
