import { Workspace } from './components/layout/workspace.tsx'
import { MapProvider } from './map/map-provider.tsx'

/** The app: the map workspace, with the map instance shared through context. */
export function App() {
  return (
    <MapProvider>
      <Workspace />
    </MapProvider>
  )
}
