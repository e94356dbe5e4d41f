import { createHash } from 'node:crypto'
import type { ErbmRepos } from '../../db/erbm-repos.ts'
import type { ErbmEventKind } from '../../db/erbm-write-repo.ts'
import { UnprocessableContentError, ValidationError } from '../../errors.ts'
import { ERBM_MESSAGES } from './messages.ts'

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/

/** A creating request's key and fingerprint; the fingerprint covers the body and the files' hashes. */
export interface IdempotentRequest {
  key: string | undefined
  requestHash: string
}

/**
 * Reads the Idempotency-Key header and fingerprints the request.
 * @throws ValidationError naming Idempotency-Key when it is malformed
 */
export function idempotentRequest(key: string | undefined, request: unknown): IdempotentRequest {
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new ValidationError([{ name: 'Idempotency-Key', reason: ERBM_MESSAGES.idempotencyKeyFormat }])
  }
  return { key, requestHash: createHash('sha256').update(JSON.stringify(request)).digest('hex') }
}

/**
 * Inside a transaction: whether an earlier request with this key already wrote (then nothing is written
 * again). The key is locked until the transaction ends, so that two copies of one request never both write.
 * @returns the fields to store in the new event (`{}` without a key), or 'replay'
 * @throws UnprocessableContentError when the key was used for another request
 */
export async function claimKey(
  tx: ErbmRepos,
  userId: string,
  target: { citeId: string; kind: ErbmEventKind },
  request: IdempotentRequest,
): Promise<Record<string, string> | 'replay'> {
  const { key, requestHash } = request
  if (key === undefined) return {}
  await tx.write.lockIdempotencyKey(userId, key)
  const earlier = await tx.write.findIdempotentEvent(userId, key)
  if (!earlier) return { idempotencyKey: key, requestHash }
  if (
    earlier.requestHash !== requestHash ||
    earlier.citeId !== target.citeId ||
    earlier.kind !== target.kind
  ) {
    throw new UnprocessableContentError(ERBM_MESSAGES.idempotencyMismatch, 'idempotency_mismatch')
  }
  return 'replay'
}
