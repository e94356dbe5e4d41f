import { useCallback, useState } from 'react'
import { WIDE_SCREEN } from './use-media-query.ts'

export type PanelName = 'layers' | 'list'

export interface Panels {
  layersOpen: boolean
  listOpen: boolean
  helpOpen: boolean
  toggle: (panel: PanelName) => boolean
  close: (panel: PanelName) => void
  setHelpOpen: (open: boolean) => void
}

/**
 * Which panels are open. The layers panel starts open on a wide screen. On a narrow screen the two
 * panels are sheets over the map, so opening one closes the other.
 */
export function usePanels(wide: boolean): Panels {
  const [layersOpen, setLayersOpen] = useState(() => window.matchMedia(WIDE_SCREEN).matches)
  const [listOpen, setListOpen] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)

  const toggle = useCallback(
    (panel: PanelName) => {
      const opening = panel === 'layers' ? !layersOpen : !listOpen
      if (panel === 'layers') setLayersOpen(opening)
      else setListOpen(opening)
      if (opening && !wide) (panel === 'layers' ? setListOpen : setLayersOpen)(false)
      return opening
    },
    [layersOpen, listOpen, wide],
  )

  const close = useCallback(
    (panel: PanelName) => (panel === 'layers' ? setLayersOpen : setListOpen)(false),
    [],
  )

  return { layersOpen, listOpen, helpOpen, toggle, close, setHelpOpen }
}
