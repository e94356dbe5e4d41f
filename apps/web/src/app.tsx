import { QueryClientProvider } from '@tanstack/react-query'
import { createQueryClient } from './api/query-client.ts'
import { SessionProvider } from './components/auth/session-provider.tsx'
import { Workspace } from './components/layout/workspace.tsx'
import { MapProvider } from './map/map-provider.tsx'

/** The page's one cache of API answers (api/query-client.ts). */
const queryClient = createQueryClient()

/**
 * The app: the map workspace, with the data layer (TanStack Query), the session and the map instance
 * shared through context.
 */
export function App() {
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
