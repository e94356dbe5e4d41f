import { describe, expect, it } from 'vitest'
import { DATASET_SOURCE_ID } from '../ids.ts'
import { CONDITION_COLOURS, conditionLayerId, conditionLayers } from './condition-layers.ts'

describe('the "état" overlay layers', () => {
  it('picks features by id in their collection’s MVT layer and colours them by condition', () => {
    const layers = conditionLayers({
      features: [
        { collection: 'terrils', id: '74A', condition: 'mauvais', visitedOn: '2026-10-02' },
        { collection: 'terrils', id: '110', condition: 'bon', visitedOn: '2026-10-02' },
        { collection: 'sites-en-danger', id: '2', condition: 'tres_mauvais', visitedOn: '2018-06-26' },
      ],
    })
    expect(layers.map((layer) => layer.id)).toEqual([
      conditionLayerId('terrils', 'fill'),
      conditionLayerId('terrils', 'line'),
      conditionLayerId('terrils', 'circle'),
      conditionLayerId('sites-en-danger', 'fill'),
      conditionLayerId('sites-en-danger', 'line'),
      conditionLayerId('sites-en-danger', 'circle'),
    ])
    const fill = layers[0] as {
      source: string
      'source-layer': string
      paint: { 'fill-color': unknown[] }
      filter: unknown[]
    }
    expect(fill).toMatchObject({ source: DATASET_SOURCE_ID, 'source-layer': 'terrils' })
    expect(fill.paint['fill-color']).toEqual([
      'match',
      ['to-string', ['get', 'id']],
      '74A',
      CONDITION_COLOURS.mauvais,
      '110',
      CONDITION_COLOURS.bon,
      '#000000',
    ])
    expect(JSON.stringify(fill.filter)).toContain('["literal",["74A","110"]]')
  })

  it('skips collections the map has no source for, and draws nothing without constats', () => {
    expect(conditionLayers({ features: [] })).toEqual([])
    expect(
      conditionLayers({
        features: [{ collection: 'nope', id: '1', condition: 'bon', visitedOn: '2026-01-01' }],
      }),
    ).toEqual([])
  })
})
