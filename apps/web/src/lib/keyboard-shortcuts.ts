/** What a shortcut does; the help overlay lists the same keys. */
export type ShortcutAction = 'focus-search' | 'toggle-layers' | 'toggle-list' | 'show-help' | 'close'

/** The keys, as `KeyboardEvent.key` reports them. */
export const SHORTCUT_KEYS: Readonly<Record<Exclude<ShortcutAction, 'close'>, string>> = {
  'focus-search': '/',
  'toggle-layers': 'c',
  'toggle-list': 'l',
  'show-help': '?',
}

/** The part of a KeyboardEvent the shortcuts look at. */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  target: EventTarget | null
}

/** Input types that take text; a key typed in them is text, not a shortcut. */
const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'tel',
  'url',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
])

/** Whether the focused element takes typed text (a text field, a text area, a select, editable content). */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as { tagName?: unknown; type?: unknown; isContentEditable?: unknown } | null
  if (!element || typeof element.tagName !== 'string') return false
  if (element.isContentEditable === true) return true
  const tag = element.tagName.toUpperCase()
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has(String(element.type ?? 'text').toLowerCase())
}

/**
 * The shortcut a key press stands for: `/` search, `c` layers, `l` list, `?` help, Escape close.
 * @returns null while typing in a field (Escape there belongs to the field) or with Ctrl, Meta or Alt
 */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || isTypingTarget(press.target)) return null
  if (press.key === 'Escape') return 'close'
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key
  // '?' is typed with Shift on most layouts, so the key, not the code, is compared.
  const match = Object.entries(SHORTCUT_KEYS).find(
    ([, shortcut]) => shortcut === key || shortcut === press.key,
  )
  return match ? (match[0] as ShortcutAction) : null
}
