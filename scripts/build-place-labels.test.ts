import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildPlaceLabels, PLACE_LABELS_PATH, serializePlaceLabels } from './build-place-labels.ts'

describe('place-labels.geojson', () => {
  it('is what the script derives from data/raw today (regenerate it after a data change)', () => {
    expect(readFileSync(PLACE_LABELS_PATH, 'utf8')).toBe(serializePlaceLabels(buildPlaceLabels()))
  })

  it('names the two départements and the eight towns of 20,000 inhabitants or more', () => {
    const names = buildPlaceLabels().features.map((feature) => feature.properties?.name)
    expect(names.slice(0, 2)).toEqual(['Nord', 'Pas-de-Calais'])
    expect(names.slice(2)).toEqual([
      'Valenciennes',
      'Douai',
      'Lens',
      'Liévin',
      'Hénin-Beaumont',
      'Béthune',
      'Bruay-la-Buissière',
      'Denain',
    ])
  })
})
