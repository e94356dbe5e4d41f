import { type RefObject, useEffect } from 'react'

/** Moves the focus to an element (a panel's heading) when it appears, so keyboard users land in it. */
export function useFocusOnMount(target: RefObject<HTMLElement | null>, key?: unknown): void {
  useEffect(() => {
    target.current?.focus()
  }, [target, key])
}
