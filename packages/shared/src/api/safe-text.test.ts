import { describe, expect, it } from 'vitest'
import { isStorableText, safeText } from './safe-text.ts'

describe('safeText', () => {
  it.each([
    ['a NUL', 'a\u0000b'],
    ['a bell', 'a\u0007b'],
    ['a lone high surrogate', 'x\ud800y'],
    ['a lone low surrogate', 'x\udc00y'],
  ])('refuses %s', (_case, text) => {
    expect(isStorableText(text)).toBe(false)
    expect(safeText(1, 100).safeParse(text).success).toBe(false)
  })

  it('keeps tabs, line breaks, accents and emoji', () => {
    const text = 'Fosse Delloye\u00a0: fissures\n\tcôté nord 🏚️'
    expect(isStorableText(text)).toBe(true)
    expect(safeText(1, 100).parse(`  ${text}  `)).toBe(text)
  })
})
