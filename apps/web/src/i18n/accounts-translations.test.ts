import { describe, expect, it } from 'vitest'
import fr from './fr.json'
import accountsEn from './watch/accounts-en.json'
import accountsFr from './watch/accounts-fr.json'
import watchFr from './watch/fr.json'

/** Dotted keys of a translation file, without plural suffixes (French has a `many` form English lacks). */
function keys(translations: object, prefix = ''): string[] {
  const found = Object.entries(translations).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')],
  )
  return [...new Set(found)].sort()
}

const texts = (translations: object): unknown[] =>
  Object.values(translations).flatMap((value) =>
    typeof value === 'object' && value ? texts(value) : [value],
  )

describe('the accounts texts (account edits, logs, password-reset page)', () => {
  it('has the same keys in French and English, under one top-level key', () => {
    expect(keys(accountsEn)).toEqual(keys(accountsFr))
    expect(Object.keys(accountsFr)).toEqual(['accounts'])
  })

  it('shares no top-level key with the other texts, and has no empty text', () => {
    expect(Object.keys(fr)).not.toContain('accounts')
    expect(Object.keys(watchFr)).not.toContain('accounts')
    for (const text of [...texts(accountsFr), ...texts(accountsEn)]) expect(text).toMatch(/\S/)
  })
})
