import { QueryClientProvider } from '@tanstack/react-query'
import { Suspense } from 'react'
import { createQueryClient } from './api/query-client.ts'
import { SessionProvider } from './components/auth/session-provider.tsx'
import { Workspace } from './components/layout/workspace.tsx'
import { PasswordResetPage } from './components/watch/lazy-views.ts'
import { resetTokenOf } from './lib/reset-link.ts'
import { MapProvider } from './map/map-provider.tsx'

/** The page's one cache of API answers (api/query-client.ts). */
const queryClient = createQueryClient()

/** A password-reset link opens its own page, without the map (read once: the page has one purpose). */
const resetToken = resetTokenOf(window.location.hash)

/**
 * The app: the map workspace, with the data layer (TanStack Query), the session and the map instance
 * shared through context; or the page of a password-reset link.
 */
export function App() {
  if (resetToken) {
    return (
      <QueryClientProvider client={queryClient}>
        <Suspense fallback={null}>
          <PasswordResetPage token={resetToken} />
        </Suspense>
      </QueryClientProvider>
    )
  }
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <MapProvider>
          <Workspace />
        </MapProvider>
      </SessionProvider>
    </QueryClientProvider>
  )
}
