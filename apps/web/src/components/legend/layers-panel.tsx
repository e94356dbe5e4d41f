import { ALERT_SEVERITIES, ALERT_SEVERITY_LABELS } from '@heritage-watch/shared'
import { type Ref, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SEVERITY_COLOURS } from '../../map/layers/alert-badge-layers.ts'
import { LEGEND_GROUPS, MAP_LAYERS } from '../../map/layers/registry.ts'
import { parseLanguage } from '../../lib/languages.ts'
import { ConditionStyleSlot } from '../assessments/condition-style-slot.tsx'
import { SidePanel } from '../layout/side-panel.tsx'
import { ExportDialog } from '../watch/lazy-views.ts'
import { LegendLayer } from './legend-layer.tsx'
import { LegendSwatch } from './legend-swatch.tsx'

interface LayersPanelProps {
  visibleLayers: ReadonlySet<string>
  counts: ReadonlyMap<string, number>
  onToggle: (layerId: string, visible: boolean) => void
  onClose: () => void
  headingRef: Ref<HTMLHeadingElement>
  /** Shows the key of the alert badges (to accounts that may see alerts). */
  alertBadges?: boolean
}

/** The layers and legend panel ("Couches"): one group a catalogue group, one checkbox a layer. */
export function LayersPanel({
  visibleLayers,
  counts,
  onToggle,
  onClose,
  headingRef,
  alertBadges = false,
}: LayersPanelProps) {
  const { t, i18n } = useTranslation()
  const language = parseLanguage(i18n.language)
  const [exporting, setExporting] = useState(false)
  return (
    <SidePanel
      id="layers-panel"
      headingId="layers-heading"
      title={t('layers.heading')}
      className="layers-panel"
      onClose={onClose}
      headingRef={headingRef}
    >
      {LEGEND_GROUPS.map((group) => (
        <fieldset key={group} className="legend-group">
          <legend>{t(`groups.${group}`)}</legend>
          <ul>
            {MAP_LAYERS.filter((layer) => layer.group === group).map((layer) => (
              <LegendLayer
                key={layer.id}
                layer={layer}
                visible={visibleLayers.has(layer.id)}
                count={counts.get(layer.id)}
                onToggle={onToggle}
              />
            ))}
          </ul>
        </fieldset>
      ))}
      {alertBadges && (
        <section className="legend-group" aria-labelledby="alert-badges-heading">
          <h3 id="alert-badges-heading" className="legend-heading">
            {t('layers.alertBadges')}
          </h3>
          <p className="legend-note">{t('layers.alertBadgesNote')}</p>
          <ul className="legend-key">
            {ALERT_SEVERITIES.map((severity) => (
              <li key={severity}>
                <LegendSwatch
                  swatch={{ kind: 'circle', fill: SEVERITY_COLOURS[severity], stroke: '#5f6368' }}
                />
                <span>{ALERT_SEVERITY_LABELS[severity][language]}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {alertBadges && <ConditionStyleSlot />}
      <button type="button" className="legend-export" onClick={() => setExporting(true)}>
        {t('exports.open')}
      </button>
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog visibleLayers={visibleLayers} onClose={() => setExporting(false)} />
        </Suspense>
      )}
    </SidePanel>
  )
}
