import { lazy, Suspense } from 'react'

/**
 * The "état" style's switch, loaded on first use with its texts: never in the first map load.
 * It travels in the watch side panel's chunk (re-exported there), so that no new chunk splits the
 * first load's shared modules further.
 */
const ConditionStyleToggle = lazy(async () => {
  const [module] = await Promise.all([
    import('../watch/watch-side-panel.tsx'),
    import('../../i18n/watch-translations.ts'),
  ])
  return { default: module.ConditionStyleToggle }
})

export function ConditionStyleSlot() {
  return (
    <Suspense fallback={null}>
      <ConditionStyleToggle />
    </Suspense>
  )
}
