import { type RefObject, useEffect } from 'react'

export interface MenuDismissal {
  open: boolean
  close: () => void
  /** The menu and its button: a press inside it is the menu's own. */
  container: RefObject<HTMLElement | null>
  /** Gets the focus back when Escape closes the menu, so a keyboard user is not left on a hidden item. */
  button: RefObject<HTMLElement | null>
  /** True while a menu open inside this one should take Escape first (it closes on its own Escape). */
  yieldsEscape?: () => boolean
}

/**
 * The header's menus (account, basemaps, the narrow header's) close on Escape or on a press outside them.
 * Escape is heard in the capture phase and marked as handled, so the app's shortcuts (which skip a
 * handled key) do not also close a panel with it.
 */
export function useMenuDismissal({ open, close, container, button, yieldsEscape }: MenuDismissal): void {
  useEffect(() => {
    if (!open) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || yieldsEscape?.()) return
      event.preventDefault()
      close()
      button.current?.focus()
    }
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) close()
    }
    document.addEventListener('keydown', onKeyDown, true)
    document.addEventListener('pointerdown', onPointerDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown, true)
      document.removeEventListener('pointerdown', onPointerDown)
    }
  }, [open, close, container, button, yieldsEscape])
}
