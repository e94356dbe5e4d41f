// @vitest-environment happy-dom
import { render } from '@testing-library/react'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import type { FeatureRef } from '../lib/url-state.ts'
import { highlightLayers, NO_FEATURE } from '../map/layers/highlight-layers.ts'
import { useSelectionHighlight } from './use-selection-highlight.ts'

/** The style's highlight layers with their filter and visibility, as the hook leaves them. */
function createFakeMap() {
  const layers = new Map(
    highlightLayers().map((layer) => [layer.id, { filter: NO_FEATURE as unknown, visibility: 'none' }]),
  )
  const map = {
    getLayer: (id: string) => layers.get(id),
    setFilter: (id: string, filter: unknown) => void (layers.get(id)!.filter = filter),
    setLayoutProperty: (id: string, _name: string, value: string) =>
      void (layers.get(id)!.visibility = value),
  }
  return { map: map as unknown as MapLibreMap, layers }
}

function Highlight({ map, selection }: { map: MapLibreMap; selection: FeatureRef | null }) {
  useSelectionHighlight(map, selection)
  return null
}

const shown = (layers: ReturnType<typeof createFakeMap>['layers']) =>
  [...layers].filter(([, layer]) => layer.visibility === 'visible')

describe('useSelectionHighlight', () => {
  it('shows the selected collection’s highlight, filtered on the feature, although its source is the shared dataset source', () => {
    const { map, layers } = createFakeMap()
    render(<Highlight map={map} selection={{ collection: 'terrils', id: '42' }} />)
    expect(shown(layers).map(([id]) => id)).toEqual(['selection/terrils/halo', 'selection/terrils/line'])
    for (const [, layer] of shown(layers)) expect(JSON.stringify(layer.filter)).toContain('"42"')
  })

  it('highlights a feature of an element view on the elements’ tiles', () => {
    const { map, layers } = createFakeMap()
    render(<Highlight map={map} selection={{ collection: 'bien-inscrit-batis', id: 'b1' }} />)
    expect(shown(layers).map(([id]) => id)).toEqual([
      'selection/bien-inscrit-batis/halo',
      'selection/bien-inscrit-batis/line',
    ])
  })

  it('hides every highlight again when the selection is cleared', () => {
    const { map, layers } = createFakeMap()
    const view = render(<Highlight map={map} selection={{ collection: 'grands-sites', id: '7' }} />)
    expect(shown(layers)).toHaveLength(1)
    view.rerender(<Highlight map={map} selection={null} />)
    expect(shown(layers)).toEqual([])
    for (const [, layer] of layers) expect(layer.filter).toEqual(NO_FEATURE)
  })
})
