import { z } from 'zod'

// Text that PostgreSQL and XML can both hold. PostgreSQL refuses the NUL character in text and jsonb,
// jsonb refuses lone UTF-16 surrogates, and XML 1.0 (the Atom feed) forbids the other C0 control
// characters: refused here, by name, rather than failing later as a 500 or a broken feed.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Whether `text` holds no control character but tab and line breaks, and no lone surrogate. */
export function isStorableText(text: string): boolean {
  return !FORBIDDEN_CONTROLS.test(text) && !LONE_SURROGATE.test(text)
}

export const STORABLE_TEXT_MESSAGE = 'must not contain control characters or broken Unicode'

/** A trimmed text of `min` to `max` characters that can be stored and published. */
export function safeText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min, 'must not be empty')
    .max(max)
    .refine(isStorableText, STORABLE_TEXT_MESSAGE)
}
