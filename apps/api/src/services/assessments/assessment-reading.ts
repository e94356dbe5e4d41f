import {
  type Actor,
  type AssessmentLatestList,
  type AssessmentSeries,
  AssessmentValidationRequestSchema,
  type Assessment,
  findCollection,
} from '@heritage-watch/shared'
import { collectionTable } from '../../collections/collection-tables.ts'
import type { AssessmentsDependencies } from '../../db/assessment-repos.ts'
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts'
import { parseInput } from '../accounts/input.ts'
import { scopeOrganisation, userIdOf } from './assessment-access.ts'
import { seriesTrend } from './assessment-shapes.ts'
import { loadAssessment, readableRow, withDetails } from './load-assessment.ts'
import { ASSESSMENT_MESSAGES } from './messages.ts'

/** Splits `collection/id` (the list's `feature` parameter) into a catalogue collection and an id. */
function parseFeatureParam(feature: string): { collection: string; id: string; idPattern: RegExp } {
  const [collection = '', id = ''] = feature.split('/')
  const found = findCollection(collection)
  if (!found) {
    throw new ValidationError([
      { name: 'feature', reason: ASSESSMENT_MESSAGES.unknownCollection(collection) },
    ])
  }
  return { collection, id, idPattern: new RegExp(found.featureIdPattern) }
}

/** Reading constats (series, record, photos, map style) and deciding on partners' proposals. */
export function createAssessmentReadingService({ repos, inTransaction }: AssessmentsDependencies) {
  const { read } = repos
  return {
    /**
     * A feature's constats the actor may see, newest visit first, with its latest valid state and trend.
     * A feature without constats has an empty series (its existence is public: it is on the map).
     * @throws ValidationError naming `feature` for a collection the catalogue does not have;
     *   NotFoundError naming `feature` for a feature the collection does not have
     */
    async series(actor: Actor, feature: string): Promise<AssessmentSeries> {
      const { idPattern, ...reference } = parseFeatureParam(feature)
      if (!idPattern.test(reference.id) || !(await repos.write.subject(reference.collection, reference.id))) {
        throw new NotFoundError(
          `feature: ${ASSESSMENT_MESSAGES.unknownFeature(reference.collection, reference.id)}`,
        )
      }
      const organisation = scopeOrganisation(actor)
      const rows =
        organisation === undefined
          ? []
          : await read.series(collectionTable(reference.collection).table, reference.id, organisation)
      const assessments = await withDetails(read, actor, rows)
      return {
        feature: reference,
        label: rows[0]?.label ?? null,
        ...seriesTrend(assessments),
        assessments,
      }
    },

    /** @throws NotFoundError when it does not exist or is not visible */
    get: (actor: Actor, id: string): Promise<Assessment> => loadAssessment(read, actor, id),

    /** @throws NotFoundError for a constat or photo the actor may not see */
    async photo(actor: Actor, id: string, photoId: string) {
      await readableRow(read, actor, id)
      const UUID = /^[0-9a-f-]{36}$/i
      const photo = UUID.test(photoId) ? await read.photo(id, photoId) : undefined
      if (!photo) throw new NotFoundError(ASSESSMENT_MESSAGES.photoNotFound(photoId))
      return photo
    },

    /** Each visible feature's latest valid condition, for the "état" map style. */
    async latest(actor: Actor): Promise<AssessmentLatestList> {
      const organisation = scopeOrganisation(actor)
      return { features: organisation === undefined ? [] : await read.latest(organisation) }
    },

    /**
     * An officer validates or refuses a partner's proposal; the decision is an event of its history.
     * @throws NotFoundError, ConflictError when it is not (or no longer) a proposal
     */
    async decide(actor: Actor, id: string, body: unknown): Promise<Assessment> {
      const userId = userIdOf(actor)
      const decision = parseInput(AssessmentValidationRequestSchema, body)
      await inTransaction(async (tx) => {
        const row = await readableRow(tx.read, actor, id)
        if (!(await tx.write.decide(row.id, decision.decision))) {
          throw new ConflictError(ASSESSMENT_MESSAGES.notAProposal(row.status))
        }
        const kind = decision.decision === 'validee' ? 'validated' : 'refused'
        await tx.write.insertEvent(
          row.id,
          kind,
          userId,
          decision.comment ? { comment: decision.comment } : {},
        )
      })
      return loadAssessment(read, actor, id)
    },
  }
}

export type AssessmentReadingService = ReturnType<typeof createAssessmentReadingService>
