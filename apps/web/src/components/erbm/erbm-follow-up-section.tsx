import { useTranslation } from 'react-i18next'
import { useSession } from '../../hooks/use-session.ts'
import '../../styles/erbm.css'
import { ErbmFollowUp } from './erbm-follow-up.tsx'

/**
 * The ERBM follow-up in the record of a cité of the `cites-erbm` layer, for signed-in accounts (the
 * record panel loads it lazily, for that layer only).
 */
export function ErbmFollowUpSection({ citeId }: { citeId: string }) {
  const { t } = useTranslation()
  const { state } = useSession()
  if (state.status !== 'signed-in') return null
  return (
    <section className="record-section erbm-section" aria-labelledby="erbm-section-heading">
      <h3 id="erbm-section-heading">{t('erbm.section')}</h3>
      <ErbmFollowUp citeId={citeId} user={state.user} />
    </section>
  )
}
