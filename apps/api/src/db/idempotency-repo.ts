import type pg from 'pg'
import type { Queryable } from './pool.ts'
import {
  DELETE_EXPIRED_KEYS_SQL,
  FIND_STORED_ANSWER_SQL,
  INSERT_STORED_ANSWER_SQL,
} from './sql/idempotency.sql.ts'

/** The first answer to a keyed write. */
export interface StoredAnswer {
  requestHash: string
  status: number
  headers: Record<string, string>
  /** null when it was not kept (a secret). */
  body: string | null
}

export interface StoredAnswerKey {
  userId: string
  key: string
}

export function createIdempotencyRepo(pool: pg.Pool) {
  return {
    /** The answer kept for this account's key, unless it expired. */
    async find({ userId, key }: StoredAnswerKey): Promise<StoredAnswer | undefined> {
      const { rows } = await pool.query<StoredAnswer>(FIND_STORED_ANSWER_SQL, [userId, key])
      return rows[0]
    },

    /**
     * Keeps an answer in the caller's transaction (with the write it answers).
     * @returns false when another request with this key committed first
     */
    async keep(db: Queryable, { userId, key }: StoredAnswerKey, answer: StoredAnswer): Promise<boolean> {
      await db.query(DELETE_EXPIRED_KEYS_SQL, [userId])
      const { rowCount } = await db.query(INSERT_STORED_ANSWER_SQL, [
        userId,
        key,
        answer.requestHash,
        answer.status,
        JSON.stringify(answer.headers),
        answer.body,
      ])
      return rowCount === 1
    },
  }
}
