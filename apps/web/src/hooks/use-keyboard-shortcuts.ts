import { useEffect, useRef } from 'react'
import { type ShortcutAction, shortcutFor } from '../lib/keyboard-shortcuts.ts'

/**
 * Listens for the app's shortcuts on the whole document (`/`, `c`, `l`, `?`, Escape), never while the
 * user types in a field. The handler says whether it used the key; a used key does nothing else.
 */
export function useKeyboardShortcuts(handle: (action: ShortcutAction) => boolean): void {
  const latest = useRef(handle)
  useEffect(() => {
    latest.current = handle
  })

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const action = shortcutFor(event)
      if (action && latest.current(action)) event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
