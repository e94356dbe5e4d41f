import { describe, expect, it } from 'vitest'
import { type AlertChange, type AlertRelay, createAlertBus } from './alert-bus.ts'

const CHANGE: AlertChange = {
  alertId: '0b7f3c1e-2a4d-4c8e-9f10-3d2b1a0c9e8f',
  organisationId: null,
  kind: 'created',
  status: 'nouvelle',
  at: '2026-12-07T06:00:00.000Z',
}

/** A relay on a loop, standing in for PostgreSQL NOTIFY: what is sent comes back to every receiver. */
function loopRelay(options: { fail?: boolean } = {}) {
  const receivers: ((payload: string) => void)[] = []
  const relay: AlertRelay & { inject(payload: string): void; sent: string[] } = {
    sent: [],
    async send(payload) {
      if (options.fail) throw new Error('connection refused')
      relay.sent.push(payload)
      for (const receive of receivers) receive(payload)
    },
    onReceive: (handler) => void receivers.push(handler),
    inject: (payload) => receivers.forEach((receive) => receive(payload)),
  }
  return relay
}

describe('createAlertBus', () => {
  it('hands a change to its listeners in-process when it has no relay', async () => {
    const bus = createAlertBus()
    const heard: AlertChange[] = []
    const unsubscribe = bus.subscribe((change) => heard.push(change))
    await bus.publish(CHANGE)
    unsubscribe()
    await bus.publish(CHANGE)
    expect(heard).toEqual([CHANGE])
  })

  it('sends through the relay and hands listeners only what comes back from it', async () => {
    const relay = loopRelay()
    const bus = createAlertBus({ relay })
    const heard: AlertChange[] = []
    bus.subscribe((change) => heard.push(change))
    await bus.publish(CHANGE)
    expect(relay.sent).toHaveLength(1)
    expect(heard).toEqual([CHANGE])
    // Another process's change arrives the same way.
    relay.inject(JSON.stringify({ ...CHANGE, kind: 'status', status: 'prise_en_compte' }))
    expect(heard.map((change) => change.status)).toEqual(['nouvelle', 'prise_en_compte'])
  })

  it('ignores, with a warning, a payload that is not an alert change', () => {
    const relay = loopRelay()
    const warnings: string[] = []
    const bus = createAlertBus({ relay, warn: (message) => warnings.push(message) })
    const heard: AlertChange[] = []
    bus.subscribe((change) => heard.push(change))
    relay.inject('not json')
    relay.inject(JSON.stringify({ ...CHANGE, organisationId: 'everyone' }))
    expect(heard).toEqual([])
    expect(warnings).toHaveLength(2)
  })

  it('does not fail the committed write when the relay fails: it warns', async () => {
    const warnings: string[] = []
    const bus = createAlertBus({
      relay: loopRelay({ fail: true }),
      warn: (message) => warnings.push(message),
    })
    await expect(bus.publish(CHANGE)).resolves.toBeUndefined()
    expect(warnings[0]).toMatch(/not relayed.*connection refused/)
  })
})
