import { type ReactNode, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts'

interface SheetFrameProps {
  id: string
  title: string
  onClose: () => void
  children: ReactNode
}

/**
 * A sheet over the map (the desk, the tokens, the administration): a region named by its heading, which
 * takes the focus when it opens, and a close button. Escape closes it too (see Workspace).
 */
export function SheetFrame({ id, title, onClose, children }: SheetFrameProps) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(heading, id)
  return (
    <section id={id} className="watch-sheet" aria-labelledby={`${id}-heading`}>
      <div className="panel-header">
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button
          type="button"
          className="panel-close"
          onClick={onClose}
          aria-label={t('sheet.close')}
          title={t('sheet.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="watch-sheet-body">{children}</div>
    </section>
  )
}
