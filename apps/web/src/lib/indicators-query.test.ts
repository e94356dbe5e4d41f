import { describe, expect, it } from 'vitest'
import { indicatorsSearch } from './indicators-query.ts'

describe('indicatorsSearch', () => {
  it('leaves out the empty bounds and asks for CSV when told', () => {
    expect(indicatorsSearch({ area: 'commune:62498', from: '', to: '2026-12-31' }, 'csv')).toBe(
      'area=commune%3A62498&to=2026-12-31&f=csv',
    )
    expect(indicatorsSearch({ area: 'bassin', from: '', to: '' })).toBe('area=bassin')
  })

  it('sends the drawn polygon as GeoJSON with area=polygone only', () => {
    const polygon: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [2.82, 50.425],
          [2.84, 50.425],
          [2.84, 50.437],
          [2.82, 50.425],
        ],
      ],
    }
    const search = new URLSearchParams(indicatorsSearch({ area: 'polygone', from: '', to: '', polygon }))
    expect(search.get('area')).toBe('polygone')
    expect(JSON.parse(search.get('polygon')!)).toEqual(polygon)
    expect(indicatorsSearch({ area: 'bassin', from: '', to: '', polygon })).toBe('area=bassin')
  })
})
