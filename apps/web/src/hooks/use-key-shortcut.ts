import { useEffect, useRef } from 'react'
import { isTypingTarget } from '../lib/keyboard-shortcuts.ts'

/**
 * One more single-key shortcut on the document (besides use-keyboard-shortcuts'), with the same rules:
 * never while typing in a field, never with Ctrl, Meta or Alt. Does nothing while `enabled` is false.
 */
export function useKeyShortcut(key: string, enabled: boolean, handle: () => void): void {
  const latest = useRef(handle)
  useEffect(() => {
    latest.current = handle
  })

  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTypingTarget(event.target) || event.key.toLowerCase() !== key) return
      // A modal dialog (login, help) owns the keyboard.
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      latest.current()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [key, enabled])
}
