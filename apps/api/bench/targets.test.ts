import { describe, expect, it } from 'vitest'
import { atLeast, atMost, notMeasured } from './targets.ts'

const BASE = { id: 't', label: 'T', target: 'goal' }

describe('atLeast', () => {
  it('is met when every value reaches the minimum, and shows the lowest', () => {
    const result = atLeast(
      BASE,
      [
        { label: 'a', value: 3.5 },
        { label: 'b', value: 3 },
      ],
      3,
      'x',
    )
    expect(result).toMatchObject({ met: true, measured: 'lowest 3x (b) of 2' })
    expect(result.why).toBeUndefined()
  })

  it('is missed by any value under the minimum, named in why', () => {
    const result = atLeast(
      BASE,
      [
        { label: 'a', value: 3.5 },
        { label: 'b', value: 0.57 },
      ],
      3,
      'x',
    )
    expect(result).toMatchObject({ met: false, why: 'missed by b 0.57x' })
  })

  it('is not measured when no value was, and says which were not', () => {
    expect(atLeast(BASE, [{ label: 'a', value: null }], 3, 'x').met).toBeNull()
    expect(
      atLeast(
        BASE,
        [
          { label: 'a', value: 4 },
          { label: 'b', value: null },
        ],
        3,
        'x',
      ).measured,
    ).toBe('4x; 1 not measured')
  })
})

describe('atMost', () => {
  it('is met at the maximum and missed above it', () => {
    expect(atMost(BASE, [{ label: 'peak', value: 600 }], 600, ' MB')).toMatchObject({
      met: true,
      measured: '600 MB',
    })
    expect(atMost(BASE, [{ label: 'peak', value: 601.5 }], 600, ' MB')).toMatchObject({
      met: false,
      why: 'missed by peak 601.5 MB',
    })
  })
})

describe('notMeasured', () => {
  it('keeps the reason', () => {
    expect(notMeasured(BASE, 'no MapServer here')).toMatchObject({ met: null, why: 'no MapServer here' })
  })
})
