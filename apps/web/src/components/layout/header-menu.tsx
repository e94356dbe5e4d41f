import { type MouseEvent, type ReactNode, useCallback, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMenuDismissal } from '../../hooks/use-menu-dismissal.ts'

/**
 * The header's less frequent actions. On a desk they sit in the row like the others (the wrappers are
 * `display: contents` and the "Menu" button is not drawn); below the wide layout they would not fit
 * beside the search, so a disclosure button shows them in a column under the header (layout.css).
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const container = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  // A menu open inside it (the account's) closes first, on its own Escape.
  const close = useCallback(() => setOpen(false), [])
  const yieldsEscape = useCallback(
    () => container.current?.querySelector('.header-menu-panel [aria-expanded="true"]') != null,
    [],
  )
  useMenuDismissal({ open, close, container, button, yieldsEscape })

  // An action closes the menu; a button that opens a menu of its own (the account's) keeps it open.
  // The focus goes to "Menu" first: a dialog the action opens gives it back there when it closes, not
  // to the action's button, hidden by then.
  const onPanelClick = (event: MouseEvent<HTMLDivElement>) => {
    const pressed = (event.target as Element).closest('button')
    if (!open || !pressed || pressed.hasAttribute('aria-expanded')) return
    setOpen(false)
    button.current?.focus()
  }

  return (
    <div className="header-menu" ref={container}>
      <button
        ref={button}
        type="button"
        className="header-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('shell.menu')}
      </button>
      <div id={panelId} className="header-menu-panel" data-open={open} onClick={onPanelClick}>
        {children}
      </div>
    </div>
  )
}
