import { createHash } from 'node:crypto'

/**
 * The name a prepared statement goes by (`pg` named queries): derived from its text, so that every
 * connection and every process gives the same text the same name and never two texts one name.
 */
export const statementName = (prefix: string, text: string) =>
  `${prefix}-${createHash('sha1').update(text).digest('base64url').slice(0, 24)}`
