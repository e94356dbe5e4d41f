import type { Basemap } from '@heritage-watch/shared'
import { type ErrorEvent, Map as MapLibreMap } from 'maplibre-gl'
import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type BasemapTileEvent, HEALTHY, nextHealth } from '../../lib/basemap-health.ts'
import { rasterSource } from '../../map/layers/basemap-layers.ts'

interface BasemapSwipeProps {
  map: MapLibreMap
  past: Basemap
  pastName: string
  opacity: number
  onFailed: () => void
}

const SOURCE_ID = 'rideau'
/** Keyboard steps of the divider, in percent of the map's width. */
const STEP = 5
const PAGE_STEP = 20
const clamp = (value: number) => Math.min(100, Math.max(0, value))

/**
 * The swipe comparison (issue 11 §1): the historical photograph in a second map over the left part,
 * today's imagery and the data in the main map on the right, split by a divider dragged with the
 * pointer or moved with the arrow keys. The second map follows the main one and takes no input.
 */
export function BasemapSwipe({ map, past, pastName, opacity, onFailed }: BasemapSwipeProps) {
  const { t } = useTranslation()
  const container = useRef<HTMLDivElement>(null)
  const [position, setPosition] = useState(50)
  const failed = useRef(onFailed)
  useEffect(() => {
    failed.current = onFailed
  })

  useEffect(() => {
    const element = container.current
    if (!element) return
    const overlay = new MapLibreMap({
      container: element,
      style: {
        version: 8,
        sources: { [SOURCE_ID]: rasterSource(past) },
        layers: [{ id: SOURCE_ID, type: 'raster', source: SOURCE_ID }],
      },
      center: map.getCenter(),
      zoom: map.getZoom(),
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
    })
    const follow = () => overlay.jumpTo({ center: map.getCenter(), zoom: map.getZoom() })
    let health = HEALTHY
    const step = (event: BasemapTileEvent) => {
      const next = nextHealth(health, event)
      if (next.failed && !health.failed) failed.current()
      health = next
    }
    overlay.on('error', (event: ErrorEvent & { sourceId?: string }) => {
      if (event.sourceId === SOURCE_ID) step('tile-error')
    })
    overlay.on('sourcedata', (event) => {
      if (event.sourceId === SOURCE_ID && event.tile) step('tile-loaded')
    })
    const resize = () => overlay.resize()
    map.on('move', follow)
    map.on('resize', resize)
    return () => {
      map.off('move', follow)
      map.off('resize', resize)
      overlay.remove()
    }
  }, [map, past])

  const moveTo = (clientX: number) => {
    const box = map.getContainer().getBoundingClientRect()
    setPosition(clamp(((clientX - box.left) / box.width) * 100))
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    moveTo(event.clientX)
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event.clientX)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowLeft: position - STEP,
      ArrowRight: position + STEP,
      PageDown: position - PAGE_STEP,
      PageUp: position + PAGE_STEP,
      Home: 0,
      End: 100,
    }
    const next = moves[event.key]
    if (next === undefined) return
    event.preventDefault()
    // The map's own arrow keys must not move it while the divider has the focus.
    event.stopPropagation()
    setPosition(clamp(next))
  }

  return (
    <>
      <div
        ref={container}
        className="basemap-swipe-map"
        data-testid="basemap-swipe-map"
        style={{ clipPath: `inset(0 ${100 - position}% 0 0)`, opacity }}
        aria-hidden="true"
      />
      <div
        className="basemap-swipe-handle"
        style={{ left: `${position}%` }}
        role="slider"
        tabIndex={0}
        aria-label={t('basemap.swipeHandle', { past: pastName })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(position)}
        aria-valuetext={`${Math.round(position)} %`}
        aria-orientation="horizontal"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      >
        <span className="basemap-swipe-label basemap-swipe-past">{pastName}</span>
        <span className="basemap-swipe-label basemap-swipe-today">{t('basemap.today')}</span>
      </div>
    </>
  )
}
