import { type ReactNode, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts'
import { PanelHeader } from '../layout/panel-header.tsx'

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
      <PanelHeader
        headingId={`${id}-heading`}
        headingRef={heading}
        title={title}
        closeLabel={t('sheet.close')}
        onClose={onClose}
      />
      <div className="watch-sheet-body">{children}</div>
    </section>
  )
}
