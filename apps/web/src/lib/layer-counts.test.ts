import { describe, expect, it } from 'vitest'
import { layerCounts, subsetCountQueries, type CountedLayer } from './layer-counts.ts'

const pits = { property: 'typologie', values: ['Fosse', 'Chevalement'] }
const layers: CountedLayer[] = [
  { id: 'terrils', source: 'terrils' },
  { id: 'fosses', source: 'batis', subset: pits },
  { id: 'autres', source: 'batis', subset: { ...pits, exclude: true } },
]

describe('subsetCountQueries', () => {
  it('asks each filtered count once', () => {
    expect(subsetCountQueries(layers).map((query) => query.filter)).toEqual([
      { typologie: 'Fosse' },
      { typologie: 'Chevalement' },
    ])
  })
})

describe('layerCounts', () => {
  const totals = new Map([
    ['terrils', 162],
    ['batis', 159],
  ])

  it('uses the collection total, the subset sum, or the rest', () => {
    const [fosse, chevalement] = subsetCountQueries(layers)
    const counts = layerCounts(
      layers,
      totals,
      new Map([
        [fosse?.key ?? '', 17],
        [chevalement?.key ?? '', 8],
      ]),
    )
    expect(Object.fromEntries(counts)).toEqual({ terrils: 162, fosses: 25, autres: 134 })
  })

  it('leaves out what is not known yet', () => {
    expect(Object.fromEntries(layerCounts(layers, totals, new Map()))).toEqual({ terrils: 162 })
    expect(layerCounts(layers, new Map(), new Map()).size).toBe(0)
  })
})
