import { type ComponentType, lazy } from 'react'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound
type AnyComponent = ComponentType<any>

/**
 * The accounts and alerts UI, loaded on first use with its own translations, so that the first map
 * load does not grow (issue #3's 400 KB budget): each view is a chunk of its own.
 */
function lazyView<Module extends Record<Name, AnyComponent>, Name extends keyof Module & string>(
  importer: () => Promise<Module>,
  name: Name,
) {
  return lazy(async () => {
    const [module] = await Promise.all([importer(), import('../../i18n/watch-translations.ts')])
    return { default: module[name] }
  })
}

export const LoginDialog = lazyView(() => import('../auth/login-dialog.tsx'), 'LoginDialog')
export const WatchSidePanel = lazyView(() => import('./watch-side-panel.tsx'), 'WatchSidePanel')
export const WatchSheetView = lazyView(() => import('./watch-sheet-view.tsx'), 'WatchSheetView')
/** A feature's alerts and timeline in its record, for signed-in accounts (issue #10 §1). */
export const RecordMonitoring = lazyView(
  () => import('../monitoring/record-monitoring.tsx'),
  'RecordMonitoring',
)
/** The pins and zones of the alerts the account may see, on the map (issue #10 §1). */
export const AlertPlacesLayer = lazyView(
  () => import('../monitoring/alert-places-layer.tsx'),
  'AlertPlacesLayer',
)
/**
 * The ERBM follow-up of a cité, in its record (issue #10 §3). From the sheets' chunk: a chunk of its own
 * would split the first load's shared code into one more file, over the 400 KB budget.
 */
export const ErbmFollowUpSection = lazyView(() => import('./watch-sheet-view.tsx'), 'ErbmFollowUpSection')
/** The export of a layer (issue 11 §3): its form, download and progress, loaded when first opened. */
export const ExportDialog = lazyView(() => import('../exports/export-dialog.tsx'), 'ExportDialog')
/** The public page of a password-reset link (issue 13 §4), instead of the map. */
export const PasswordResetPage = lazyView(
  () => import('../auth/password-reset-page.tsx'),
  'PasswordResetPage',
)
