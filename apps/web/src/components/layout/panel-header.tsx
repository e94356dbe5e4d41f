import type { ReactNode, Ref } from 'react'

interface PanelHeaderProps {
  headingId: string
  headingRef?: Ref<HTMLHeadingElement>
  title: ReactNode
  /** The close button's accessible name (also its tooltip). */
  closeLabel: string
  onClose: () => void
}

/** The head of a panel or sheet: its heading (focusable, so that opening it can move the focus there) and a close button. */
export function PanelHeader({ headingId, headingRef, title, closeLabel, onClose }: PanelHeaderProps) {
  return (
    <div className="panel-header">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <button
        type="button"
        className="panel-close"
        onClick={onClose}
        aria-label={closeLabel}
        title={closeLabel}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}
