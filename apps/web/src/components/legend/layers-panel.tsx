import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { LEGEND_GROUPS, MAP_LAYERS } from '../../map/layers/registry.ts'
import { SidePanel } from '../layout/side-panel.tsx'
import { LegendLayer } from './legend-layer.tsx'

interface LayersPanelProps {
  visibleLayers: ReadonlySet<string>
  counts: ReadonlyMap<string, number>
  onToggle: (layerId: string, visible: boolean) => void
  onClose: () => void
  headingRef: Ref<HTMLHeadingElement>
}

/** The layers and legend panel ("Couches"): one group a catalogue group, one checkbox a layer. */
export function LayersPanel({ visibleLayers, counts, onToggle, onClose, headingRef }: LayersPanelProps) {
  const { t } = useTranslation()
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
    </SidePanel>
  )
}
