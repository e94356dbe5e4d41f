import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../hooks/use-language.ts'
import type { MapLayerDefinition } from '../../map/layers/types.ts'
import { LegendSwatch } from './legend-swatch.tsx'

interface LegendLayerProps {
  layer: MapLayerDefinition
  visible: boolean
  count: number | undefined
  onToggle: (layerId: string, visible: boolean) => void
}

/** One layer of the legend: a real checkbox named by the layer's label, its count, note and classes. */
export function LegendLayer({ layer, visible, count, onToggle }: LegendLayerProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const inputId = `layer-toggle-${layer.id}`
  const metaId = `layer-meta-${layer.id}`
  const noteId = `layer-note-${layer.id}`
  const meta = [
    count === undefined ? undefined : t('layers.count', { count }),
    layer.minzoom ? t('layers.fromZoom', { zoom: layer.minzoom }) : undefined,
  ].filter(Boolean)
  return (
    <li className="legend-layer">
      <div className="legend-toggle">
        <input
          id={inputId}
          type="checkbox"
          checked={visible}
          onChange={(event) => onToggle(layer.id, event.target.checked)}
          aria-describedby={
            [meta.length ? metaId : '', layer.note ? noteId : ''].join(' ').trim() || undefined
          }
        />
        <label htmlFor={inputId}>
          <LegendSwatch swatch={layer.swatch} />
          <span>{layer.label[language]}</span>
        </label>
      </div>
      {meta.length > 0 && (
        <p id={metaId} className="legend-meta">
          {meta.join(' · ')}
        </p>
      )}
      {layer.note && (
        <p id={noteId} className="legend-note">
          {layer.note[language]}
        </p>
      )}
      {layer.keyItems && (
        <ul className="legend-key" aria-label={t('layers.keyOf', { layer: layer.label[language] })}>
          {layer.keyItems.map((item) => (
            <li key={item.label.fr}>
              <LegendSwatch swatch={item.swatch} />
              <span>{item.label[language]}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
