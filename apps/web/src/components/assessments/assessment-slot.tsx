import { lazy, Suspense } from 'react'
import { useSession } from '../../hooks/use-session.ts'
import { canReadAssessments } from '../../lib/permissions.ts'
import type { FeatureRef } from '../../lib/url-state.ts'

/**
 * The constats section, loaded with its texts on first use: it must not weigh on the first map load.
 * It travels in the watch side panel's chunk (re-exported there), so that no new chunk splits the
 * first load's shared modules further.
 */
const AssessmentSection = lazy(async () => {
  const [module] = await Promise.all([
    import('../watch/watch-side-panel.tsx'),
    import('../../i18n/watch-translations.ts'),
  ])
  return { default: module.AssessmentSection }
})

/** The record's constats section, for signed-in accounts allowed to read constats; nothing otherwise. */
export function AssessmentSlot({ selection }: { selection: FeatureRef }) {
  const { state } = useSession()
  if (state.status !== 'signed-in' || !canReadAssessments(state.user)) return null
  return (
    <Suspense fallback={null}>
      <AssessmentSection selection={selection} user={state.user} />
    </Suspense>
  )
}
