import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAdmissionGate } from './admission.ts'

afterEach(() => {
  vi.useRealTimers()
})

describe('createAdmissionGate', () => {
  it('admits up to the concurrency, queues up to the queue, refuses the rest at once', async () => {
    const gate = createAdmissionGate({ concurrency: 2, queue: 1, queueWaitMs: 10_000 })
    const first = await gate.enter()
    const second = await gate.enter()
    const queued = gate.enter()
    const refused = await gate.enter()
    expect(first.admitted && second.admitted).toBe(true)
    expect(refused).toEqual({ admitted: false, reason: 'queue-full' })
    expect(gate.load()).toEqual({ running: 2, waiting: 1 })
    if (first.admitted) first.release()
    const admitted = await queued
    expect(admitted.admitted).toBe(true)
    expect(gate.load()).toEqual({ running: 2, waiting: 0 })
  })

  it('refuses a request that waited queueWaitMs without a place', async () => {
    vi.useFakeTimers()
    const gate = createAdmissionGate({ concurrency: 1, queue: 4, queueWaitMs: 500 })
    await gate.enter()
    const waiting = gate.enter()
    vi.advanceTimersByTime(500)
    expect(await waiting).toEqual({ admitted: false, reason: 'waited' })
    expect(gate.load()).toEqual({ running: 1, waiting: 0 })
  })

  it('gives a place back once however often release is called', async () => {
    const gate = createAdmissionGate({ concurrency: 1, queue: 0, queueWaitMs: 100 })
    const only = await gate.enter()
    if (!only.admitted) throw new Error('the first request must be admitted')
    only.release()
    only.release()
    expect(gate.load()).toEqual({ running: 0, waiting: 0 })
    const again = await gate.enter()
    expect(again.admitted).toBe(true)
    expect((await gate.enter()).admitted).toBe(false)
  })
})
