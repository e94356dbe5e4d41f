// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { SessionContext, type SessionValue } from '../components/auth/session-context.ts'
import { useAlertBadges } from './use-alert-badges.ts'

/** A map whose badge source counts what is put in it. */
function createFakeMap() {
  const written: unknown[] = []
  const source = { setData: (data: unknown) => void written.push(data) }
  const map = { getSource: () => source } as unknown as MapLibreMap
  return { map, written }
}

const session = { state: { status: 'anonymous', expired: false }, request: {} } as unknown as SessionValue

function Badges({ map, enabled }: { map: MapLibreMap; enabled: boolean }) {
  useAlertBadges(map, enabled)
  return null
}

describe('useAlertBadges', () => {
  it('leaves the empty source alone for a visitor who may not read alerts (no reload, no extra frame)', () => {
    const { map, written } = createFakeMap()
    const client = new QueryClient()
    const view = render(
      <QueryClientProvider client={client}>
        <SessionContext value={session}>
          <Badges map={map} enabled={false} />
        </SessionContext>
      </QueryClientProvider>,
    )
    view.rerender(
      <QueryClientProvider client={client}>
        <SessionContext value={session}>
          <Badges map={map} enabled={false} />
        </SessionContext>
      </QueryClientProvider>,
    )
    expect(written).toEqual([])
  })
})
