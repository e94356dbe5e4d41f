import { describe, expect, it } from 'vitest'
import { isTypingTarget, shortcutFor, type KeyPress } from './keyboard-shortcuts.ts'

const press = (key: string, target: object | null = { tagName: 'BODY' }, modifiers = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: target as EventTarget | null,
  ...modifiers,
})

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(shortcutFor(press('/'))).toBe('focus-search')
    expect(shortcutFor(press('c'))).toBe('toggle-layers')
    expect(shortcutFor(press('C'))).toBe('toggle-layers')
    expect(shortcutFor(press('l'))).toBe('toggle-list')
    expect(shortcutFor(press('?'))).toBe('show-help')
    expect(shortcutFor(press('Escape'))).toBe('close')
    expect(shortcutFor(press('x'))).toBeNull()
  })

  it('does nothing while typing in a field', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'search' },
      { tagName: 'TEXTAREA' },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(shortcutFor(press('c', target))).toBeNull()
      expect(shortcutFor(press('Escape', target))).toBeNull()
    }
  })

  it('still works on a checkbox or a button', () => {
    expect(shortcutFor(press('l', { tagName: 'INPUT', type: 'checkbox' }))).toBe('toggle-list')
    expect(shortcutFor(press('?', { tagName: 'BUTTON' }))).toBe('show-help')
  })

  it('leaves browser shortcuts alone', () => {
    expect(shortcutFor(press('l', undefined, { ctrlKey: true }))).toBeNull()
    expect(shortcutFor(press('c', undefined, { metaKey: true }))).toBeNull()
  })
})

describe('isTypingTarget', () => {
  it('is false for nothing and for non-elements', () => {
    expect(isTypingTarget(null)).toBe(false)
    expect(isTypingTarget({} as EventTarget)).toBe(false)
  })
})
