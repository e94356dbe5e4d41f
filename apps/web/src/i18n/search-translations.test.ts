import { describe, expect, it } from 'vitest'
import fr from './fr.json'
import searchEn from './watch/search-en.json'
import searchFr from './watch/search-fr.json'

const keys = (translations: object, prefix = ''): string[] =>
  Object.entries(translations)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? keys(value, `${prefix}${key}.`)
        : [`${prefix}${key}`.replace(/_(one|many|other)$/, '')],
    )
    .filter((key, index, all) => all.indexOf(key) === index)
    .sort()

describe('search list and pin address translations', () => {
  it('has the same keys in French and English, apart from the bundled texts', () => {
    expect(Object.keys(searchFr)).toEqual(['searchList', 'pinAddress'])
    expect(keys(searchEn)).toEqual(keys(searchFr))
    expect(Object.keys(searchFr).filter((key) => key in fr)).toEqual([])
  })

  it('names every kind of address the API sends', () => {
    expect(Object.keys(searchFr.searchList.kind).sort()).toEqual([
      'housenumber',
      'locality',
      'municipality',
      'street',
    ])
  })
})
