import { describe, expect, it } from 'vitest'
import type { LoadResult } from './load.ts'
import { scaleTargets, steppedReads } from './markdown.ts'
import type { ScaleStep } from './section.ts'

// Synthetic measurements (made up for this test), to check how the scale section judges its targets.

const load = (label: string, p50: number, p95 = p50, throughput = 100): LoadResult => ({
  label,
  requests: 10,
  throughput,
  p50,
  p95,
  bytes: 1,
})

const step = (size: number, desk: number, badges: number, creation: LoadResult, right = true): ScaleStep => ({
  size,
  generationMs: 1,
  reads: [load('desk', desk), load('badges', badges)],
  creation,
  totals: { figures: [{ label: 'alerts', api: size, tables: right ? size : size + 1 }], ok: right },
})

describe('the scale section', () => {
  it('names the reads more than 2x slower at the largest size than at the smallest', () => {
    const steps = [step(10_000, 10, 10, load('create', 5)), step(1_000_000, 19, 25, load('create', 5))]
    expect(steppedReads(steps)).toEqual([{ label: 'badges', ratio: 2.5 }])
    const flat = scaleTargets(steps).find((target) => target.id === 'scale-flat')
    expect(flat).toMatchObject({ met: false, measured: 'badges 2.5x' })
  })

  it('cannot judge flatness with one size, and judges creation at its worst size', () => {
    const one = scaleTargets([step(10_000, 10, 10, load('create', 20, 40, 350))])
    expect(one.find((target) => target.id === 'scale-flat')?.met).toBeNull()
    expect(one.find((target) => target.id === 'scale-creation')?.met).toBe(true)
    const two = scaleTargets([
      step(10_000, 10, 10, load('create', 20, 40, 350)),
      step(100_000, 10, 10, load('create', 20, 60, 350)),
    ])
    expect(two.find((target) => target.id === 'scale-creation')).toMatchObject({ met: false })
    const slow = scaleTargets([step(10_000, 10, 10, load('create', 20, 40, 299))])
    expect(slow.find((target) => target.id === 'scale-creation')?.met).toBe(false)
  })

  it('misses the totals target when any figure differs from the tables', () => {
    const targets = scaleTargets([
      step(10_000, 10, 10, load('create', 5)),
      step(100_000, 10, 10, load('create', 5), false),
    ])
    expect(targets.find((target) => target.id === 'scale-totals')).toMatchObject({
      met: false,
      measured: 'differ: 100000: alerts',
    })
  })

  it('accepts a figure left out only where the tables hold more than it may be left out above', () => {
    const boxed = (api: number | null, tables: number): ScaleStep => ({
      ...step(1_000_000, 10, 10, load('create', 5)),
      totals: { figures: [{ label: 'box', api, tables, omittedAbove: 10_000 }], ok: true },
    })
    const totals = (steps: ScaleStep[]) => scaleTargets(steps).find((target) => target.id === 'scale-totals')
    expect(totals([boxed(null, 87_628)])?.met).toBe(true)
    expect(totals([boxed(null, 9_787)])).toMatchObject({ met: false, measured: 'differ: 1000000: box' })
    expect(totals([boxed(9_787, 9_787)])?.met).toBe(true)
  })
})
