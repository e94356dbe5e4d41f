import type { ReactNode, Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { PanelHeader } from './panel-header.tsx'

interface SidePanelProps {
  id: string
  headingId: string
  title: ReactNode
  className: string
  onClose: () => void
  headingRef?: Ref<HTMLHeadingElement>
  busy?: boolean
  children: ReactNode
}

/**
 * A panel beside the map (a full-width sheet on a phone): a region named by its heading, a close
 * button, and a body that scrolls. The heading takes focus when the panel is opened on purpose.
 */
export function SidePanel({
  id,
  headingId,
  title,
  className,
  onClose,
  headingRef,
  busy,
  children,
}: SidePanelProps) {
  const { t } = useTranslation()
  return (
    <section id={id} className={`panel ${className}`} aria-labelledby={headingId} aria-busy={busy}>
      <PanelHeader
        headingId={headingId}
        headingRef={headingRef}
        title={title}
        closeLabel={t('panel.close')}
        onClose={onClose}
      />
      <div className="panel-body">{children}</div>
    </section>
  )
}
