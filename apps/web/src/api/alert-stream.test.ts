import { describe, expect, it } from 'vitest'
import { createAlertStreamHub, readStreamMessage } from './alert-stream.ts'

/** Enough of an EventSource to drive the hub: listeners by type, and a flag for close(). */
class FakeEventSource extends EventTarget {
  closed = false
  constructor(readonly url: string) {
    super()
  }
  close() {
    this.closed = true
  }
  emit(type: string, data?: string) {
    this.dispatchEvent(Object.assign(new Event(type), { data }))
  }
}

const MESSAGE = JSON.stringify({
  alertId: '0b8f5d4e-6a27-4a53-9d6e-2f7f1f3f6c11',
  kind: 'status',
  status: 'en_cours',
  at: '2026-11-24T10:00:00.000Z',
})

describe('the page’s one alert stream', () => {
  it('opens one connection for every view, and closes it when the last one goes', () => {
    const opened: FakeEventSource[] = []
    const hub = createAlertStreamHub('', (url) => {
      const source = new FakeEventSource(url)
      opened.push(source)
      return source as unknown as EventSource
    })
    const heard: string[] = []
    const stopDesk = hub.subscribe({
      onMessage: () => heard.push('desk'),
      onReconnect: () => heard.push('desk again'),
    })
    const stopBadges = hub.subscribe({ onMessage: () => heard.push('badges'), onReconnect: () => undefined })
    expect(opened.map((source) => source.url)).toEqual(['/alerts/stream'])

    const source = opened[0]!
    source.emit('open')
    source.emit('alert', MESSAGE)
    source.emit('alert', 'not json')
    source.emit('open') // a reconnection
    expect(heard).toEqual(['desk', 'badges', 'desk again'])

    stopDesk()
    expect(source.closed).toBe(false)
    stopBadges()
    expect(source.closed).toBe(true)
    hub.subscribe({ onMessage: () => undefined, onReconnect: () => undefined })
    expect(opened).toHaveLength(2)
  })

  it('reads only messages with an alert id', () => {
    expect(readStreamMessage(MESSAGE)?.status).toBe('en_cours')
    expect(readStreamMessage('{"kind":"status"}')).toBeUndefined()
    expect(readStreamMessage('{')).toBeUndefined()
  })
})
