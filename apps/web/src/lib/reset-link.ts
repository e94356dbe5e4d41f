/** The fragment of a password-reset link (`/app/#reset=<token>`), as the API makes it. */
const RESET_FRAGMENT = /^#reset=([\w-]{43})$/

/**
 * The token of a password-reset link, read from the page's fragment (browsers send a fragment to no
 * server, so the token stays out of logs and Referer headers).
 * @returns the token, or null when the fragment is not a reset link's
 * @example resetTokenOf('#reset=' + 'a'.repeat(43)) // 'aaa…'
 */
export function resetTokenOf(hash: string): string | null {
  return RESET_FRAGMENT.exec(hash)?.[1] ?? null
}
