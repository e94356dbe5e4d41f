import { describe, expect, it } from 'vitest'
import { breakdown, countFigure, delayFigure, monthSeries } from './suppression.ts'

const counts = (entries: [string, number][]) => new Map(entries)

describe('indicator suppression', () => {
  it('gives accounts every count, zeros included', () => {
    expect(breakdown(['a', 'b'], counts([['a', 1]]), true)).toEqual([
      { key: 'a', count: 1, hidden: false },
      { key: 'b', count: 0, hidden: false },
    ])
  })

  it('withholds counts below 3 from visitors', () => {
    expect(countFigure('total', 2, false)).toEqual({ key: 'total', count: null, hidden: true })
    expect(countFigure('total', 3, false)).toEqual({ key: 'total', count: 3, hidden: false })
  })

  it('withholds one more count when the hidden ones add up to 1 or 2', () => {
    const figures = breakdown(
      ['a', 'b', 'c'],
      counts([
        ['a', 5],
        ['b', 4],
        ['c', 1],
      ]),
      false,
    )
    expect(figures).toEqual([
      { key: 'a', count: 5, hidden: false },
      { key: 'b', count: null, hidden: true },
      { key: 'c', count: null, hidden: true },
    ])
  })

  it('shows the rest when the hidden counts are all zero or add up to 3 or more', () => {
    expect(breakdown(['a', 'b'], counts([['a', 5]]), false).map((figure) => figure.count)).toEqual([5, null])
    const sum = breakdown(
      ['a', 'b', 'c'],
      counts([
        ['a', 5],
        ['b', 2],
        ['c', 2],
      ]),
      false,
    )
    expect(sum.map((figure) => figure.count)).toEqual([5, null, null])
  })

  it('withholds delays over fewer than 3 alerts and rounds the others to a tenth of an hour', () => {
    expect(delayFigure(2, 1, 2, false).hidden).toBe(true)
    expect(delayFigure(3, 1.04, 2.26, false)).toEqual({
      count: 3,
      medianHours: 1,
      p90Hours: 2.3,
      hidden: false,
    })
  })

  it('lists the months of an interval across a new year', () => {
    expect(monthSeries('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthSeries('2020-01', '2026-12', 3)).toEqual(['2026-10', '2026-11', '2026-12'])
  })
})
