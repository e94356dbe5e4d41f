import { SessionProvider } from './components/auth/session-provider.tsx'
import { Workspace } from './components/layout/workspace.tsx'
import { MapProvider } from './map/map-provider.tsx'

/** The app: the map workspace, with the map instance and the session shared through context. */
export function App() {
  return (
    <SessionProvider>
      <MapProvider>
        <Workspace />
      </MapProvider>
    </SessionProvider>
  )
}
