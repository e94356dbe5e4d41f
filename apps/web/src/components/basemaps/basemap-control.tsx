import type { Map as MapLibreMap } from 'maplibre-gl'
import { useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBasemapChoice } from '../../hooks/use-basemap-choice.ts'
import { useBasemapLayers } from '../../hooks/use-basemap-layers.ts'
import { useBasemaps } from '../../hooks/use-basemaps.ts'
import { useMenuDismissal } from '../../hooks/use-menu-dismissal.ts'
import { usePlaceLabels } from '../../hooks/use-place-labels.ts'
import { basemapStack, OFFLINE_BASEMAP } from '../../lib/basemap-choice.ts'
import '../../styles/basemaps.css'
import { BasemapAttribution } from './basemap-attribution.tsx'
import { BasemapMenu, useBasemapName } from './basemap-menu.tsx'
import { BasemapNotice } from './basemap-notice.tsx'
import { BasemapSwipe } from './basemap-swipe.tsx'

const MENU_ID = 'basemap-menu'

/**
 * The basemap menu on the map (issue 11 §1) and what it draws: the chosen basemap under the data, its
 * credit, the historical photograph's opacity and swipe, the fallback to the offline background with
 * a message, and the place names of the offline background. Loaded after the first view (lazy chunk).
 */
export function BasemapControl({ map }: { map: MapLibreMap }) {
  const { t } = useTranslation()
  const nameOf = useBasemapName()
  const { basemaps, compareWith, loaded } = useBasemaps()
  const { choice, choose } = useBasemapChoice(basemaps, loaded)
  const stack = useMemo(() => basemapStack(choice, basemaps, compareWith), [choice, basemaps, compareWith])
  const [open, setOpen] = useState(false)
  const [opacity, setOpacity] = useState(1)
  const [swipe, setSwipe] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const root = useRef<HTMLDivElement>(null)

  const historical = stack?.top.group === 'historical' ? stack.top : undefined
  const swiping = swipe && historical !== undefined && stack?.under !== undefined
  const fallBack = useCallback(() => {
    if (stack) setFailure(nameOf(stack.top))
    setSwipe(false)
    choose(OFFLINE_BASEMAP, { fallback: true })
  }, [stack, nameOf, choose])
  useBasemapLayers(map, stack, { opacity, swipe: swiping }, fallBack)
  usePlaceLabels(map, stack === undefined)

  const close = useCallback(() => setOpen(false), [])
  useMenuDismissal({ open, close, container: root, button })

  const onChoose = (id: string) => {
    setFailure(null)
    if (id !== choice) setSwipe(false)
    choose(id)
  }

  return (
    <>
      <div ref={root} className="basemap-control">
        <button
          ref={button}
          type="button"
          className="basemap-button"
          aria-expanded={open}
          aria-controls={MENU_ID}
          onClick={() => setOpen(!open)}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path d="M12 3 2 8l10 5 10-5-10-5Zm-7.6 9L2 13.2l10 5 10-5-2.4-1.2L12 15.8 4.4 12Z" />
          </svg>
          <span>{t('basemap.button')}</span>
        </button>
        {open && (
          <BasemapMenu
            id={MENU_ID}
            basemaps={basemaps}
            loaded={loaded}
            choice={choice}
            onChoose={onChoose}
            {...(historical
              ? {
                  historical: {
                    opacity,
                    onOpacity: setOpacity,
                    ...(stack?.under ? { swipe: { on: swipe, onToggle: setSwipe } } : {}),
                  },
                }
              : {})}
          />
        )}
      </div>
      {swiping && historical && (
        <BasemapSwipe
          map={map}
          past={historical}
          pastName={nameOf(historical)}
          opacity={opacity}
          onFailed={fallBack}
        />
      )}
      {stack && <BasemapAttribution stack={stack} />}
      {failure && <BasemapNotice name={failure} onDismiss={() => setFailure(null)} />}
    </>
  )
}
