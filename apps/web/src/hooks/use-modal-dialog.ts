import { useEffect, useRef } from 'react'

/**
 * Opens a `<dialog>` as modal while the component is mounted, and on unmount closes it and gives the
 * focus back to what had it (when that is still in the page).
 * @returns the ref to put on the `<dialog>`
 */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    element?.showModal()
    return () => {
      element?.close()
      if (previous?.isConnected) previous.focus()
    }
  }, [])
  return dialog
}
