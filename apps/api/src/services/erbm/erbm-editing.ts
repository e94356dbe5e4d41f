import {
  type Actor,
  ERBM_CRITERIA,
  ErbmDossierRequestSchema,
  ErbmEvaluationRequestSchema,
  ErbmFollowupRequestSchema,
  ErbmOpinionRequestSchema,
  type ErbmPhase,
  ErbmPhaseRequestSchema,
} from '@heritage-watch/shared'
import type { ErbmDependencies, ErbmRepos } from '../../db/erbm-repos.ts'
import type { ErbmEventKind } from '../../db/erbm-write-repo.ts'
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts'
import { parseInput } from '../accounts/input.ts'
import {
  ERBM_ATTACHMENT_TYPES,
  ERBM_PHOTO_TYPES,
  checkErbmFiles,
  type ReceivedErbmFile,
} from './erbm-files.ts'
import { claimKey, idempotentRequest } from './erbm-idempotency.ts'
import { ERBM_MESSAGES } from './messages.ts'

const MAX_FILES = 10

/** A creating request as the route read it: the body (JSON or a form's JSON field), files, the key. */
export interface ErbmCreation {
  body: unknown
  files: ReceivedErbmFile[]
  idempotencyKey?: string
}

function userIdOf(actor: Actor): string {
  if (!actor.userId) throw new Error('ERBM editing called without an account')
  return actor.userId
}

async function assertCite(tx: ErbmRepos, citeId: string) {
  if (!(await tx.read.citeExists(citeId))) throw new NotFoundError(ERBM_MESSAGES.citeNotFound(citeId))
}

function assertFileCount(files: unknown[], field: string) {
  if (files.length > MAX_FILES)
    throw new ValidationError([{ name: field, reason: ERBM_MESSAGES.fileTooMany }])
}

/**
 * Editing the ERBM follow-up (staff only: route guard `erbm:edit`). Each write is one transaction that
 * appends one erbm_event. PUTs set values, so a retry changes nothing and adds no event; creating POSTs
 * take an Idempotency-Key, and a retry with it writes nothing (`replayed`).
 */
export function createErbmEditingService({ inTransaction }: Pick<ErbmDependencies, 'inTransaction'>) {
  /** Runs a creation once per Idempotency-Key; `write` appends its own event with the given fields. */
  async function createOnce(
    actor: Actor,
    target: { citeId: string; kind: ErbmEventKind },
    request: { key: string | undefined; fingerprint: unknown },
    write: (tx: ErbmRepos, userId: string, eventFields: Record<string, string>) => Promise<void>,
  ): Promise<{ replayed: boolean }> {
    const userId = userIdOf(actor)
    const idempotent = idempotentRequest(request.key, request.fingerprint)
    return inTransaction(async (tx) => {
      await assertCite(tx, target.citeId)
      const claimed = await claimKey(tx, userId, target, idempotent)
      if (claimed === 'replay') return { replayed: true }
      await write(tx, userId, claimed)
      return { replayed: false }
    })
  }

  return {
    /** @returns whether anything changed (false: the same values again, no event) */
    async putFollowup(actor: Actor, citeId: string, body: unknown): Promise<{ changed: boolean }> {
      const values = parseInput(ErbmFollowupRequestSchema, body)
      const userId = userIdOf(actor)
      return inTransaction(async (tx) => {
        await assertCite(tx, citeId)
        const current = await tx.write.lockFollowup(citeId)
        if (current && current.bailleur === values.bailleur && current.logements === values.logements) {
          return { changed: false }
        }
        await tx.write.upsertFollowup(citeId, values, userId)
        await tx.write.insertEvent(citeId, 'followup', userId, { ...values, before: current ?? null })
        return { changed: true }
      })
    },

    /** @returns whether anything changed (false: the same dates again, no event) */
    async putPhase(
      actor: Actor,
      citeId: string,
      phase: ErbmPhase,
      body: unknown,
    ): Promise<{ changed: boolean }> {
      const dates = parseInput(ErbmPhaseRequestSchema, body)
      const userId = userIdOf(actor)
      return inTransaction(async (tx) => {
        await assertCite(tx, citeId)
        const current = (await tx.write.lockPhase(citeId, phase)) ?? { startedOn: null, endedOn: null }
        if (current.startedOn === dates.startedOn && current.endedOn === dates.endedOn)
          return { changed: false }
        await tx.write.upsertPhase(citeId, phase, dates, userId)
        await tx.write.insertEvent(citeId, 'phase', userId, { phase, ...dates, before: current })
        return { changed: true }
      })
    },

    async addOpinion(actor: Actor, citeId: string, input: ErbmCreation) {
      const opinion = parseInput(ErbmOpinionRequestSchema, input.body)
      assertFileCount(input.files, 'piece')
      const files = await checkErbmFiles(input.files, ERBM_ATTACHMENT_TYPES)
      const fingerprint = { opinion, files: files.map((file) => file.sha256) }
      return createOnce(
        actor,
        { citeId, kind: 'opinion' },
        { key: input.idempotencyKey, fingerprint },
        async (tx, userId, eventFields) => {
          const id = await tx.write.insertOpinion(citeId, opinion, userId)
          for (const file of files) await tx.write.insertAttachment(id, file)
          const { text: _text, ...summary } = opinion
          await tx.write.insertEvent(citeId, 'opinion', userId, {
            ...eventFields,
            ...summary,
            opinionId: id,
            attachments: files.length,
          })
        },
      )
    },

    /** @throws ConflictError when the cité has the dossier already, with another link or label */
    async addDossier(actor: Actor, citeId: string, input: Omit<ErbmCreation, 'files'>) {
      const dossier = parseInput(ErbmDossierRequestSchema, input.body)
      let unchanged = false
      const result = await createOnce(
        actor,
        { citeId, kind: 'dossier' },
        { key: input.idempotencyKey, fingerprint: dossier },
        async (tx, userId, eventFields) => {
          if (await tx.write.insertDossier(citeId, dossier, userId)) {
            await tx.write.insertEvent(citeId, 'dossier', userId, { ...eventFields, ...dossier })
            return
          }
          // The same dossier sent again (without a key) is a retry; with other details, a conflict.
          const stored = await tx.write.dossier(citeId, dossier.number)
          if (stored?.url !== dossier.url || stored.label !== dossier.label) {
            throw new ConflictError(ERBM_MESSAGES.dossierConflict(dossier.number))
          }
          unchanged = true
        },
      )
      return { replayed: result.replayed || unchanged }
    },

    async addEvaluation(actor: Actor, citeId: string, input: ErbmCreation) {
      const evaluation = parseInput(ErbmEvaluationRequestSchema, input.body)
      assertFileCount(input.files, 'photo')
      const photos = await checkErbmFiles(input.files, ERBM_PHOTO_TYPES)
      const fingerprint = {
        evaluation,
        photos: photos.map((photo) => [photo.criterion ?? null, photo.sha256]),
      }
      return createOnce(
        actor,
        { citeId, kind: 'evaluation' },
        { key: input.idempotencyKey, fingerprint },
        async (tx, userId, eventFields) => {
          const id = await tx.write.insertEvaluation(citeId, evaluation, userId)
          for (const photo of photos) {
            const criterion = ERBM_CRITERIA.find((known) => known === photo.criterion) ?? null
            await tx.write.insertEvaluationPhoto(id, criterion, photo)
          }
          await tx.write.insertEvent(citeId, 'evaluation', userId, {
            ...eventFields,
            evaluationId: id,
            visitedOn: evaluation.visitedOn,
            scores: evaluation.scores,
            photos: photos.length,
          })
        },
      )
    },
  }
}

export type ErbmEditingService = ReturnType<typeof createErbmEditingService>
