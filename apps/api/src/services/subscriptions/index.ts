import { randomBytes } from 'node:crypto'
import {
  type Actor,
  can,
  type DeliveryList,
  type Subscription,
  SubscriptionCreateRequestSchema,
  type SubscriptionList,
  SubscriptionUpdateRequestSchema,
} from '@heritage-watch/shared'
import type { SubscriptionsRepo } from '../../db/subscriptions-repo.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { parseInput } from '../accounts/input.ts'
import { toSubscription } from './shapes.ts'
import { resolveTarget } from './target.ts'
import { webhookUrlProblem } from './webhook.ts'

const MESSAGES = {
  notFound: (id: string) => `subscription "${id}" does not exist`,
  triageStaffOnly: 'only officers and admins are told of alerts awaiting triage',
  noChannelLeft: 'a subscription without webhook needs e-mail',
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** @throws ValidationError naming `id` when it is not a UUID */
function checkId(id: string): void {
  if (!UUID.test(id)) throw new ValidationError([{ name: 'id', reason: 'must be a UUID' }])
}

/** The owner's side of /subscriptions. Every method works on the caller's own subscriptions only. */
export function createSubscriptionsService(repo: SubscriptionsRepo, options: { allowLoopbackHttp: boolean }) {
  async function get(userId: string, id: string): Promise<Subscription> {
    checkId(id)
    const row = await repo.get(id, userId)
    if (!row) throw new NotFoundError(MESSAGES.notFound(id))
    return toSubscription(row)
  }
  return {
    get,
    list: async (userId: string): Promise<SubscriptionList> => ({
      subscriptions: (await repo.list(userId)).map(toSubscription),
    }),

    /** @throws ValidationError naming the field; ForbiddenError for a triage notice asked by a partner */
    async create(actor: Actor, request: unknown) {
      const body = parseInput(SubscriptionCreateRequestSchema, request)
      if (body.target.kind === 'triage' && !can(actor, 'subscription:triage'))
        throw new ForbiddenError(MESSAGES.triageStaffOnly, 'forbidden')
      const webhookUrl = body.webhookUrl ?? null
      const problem = webhookUrl ? webhookUrlProblem(webhookUrl, options.allowLoopbackHttp) : undefined
      if (problem) throw new ValidationError([{ name: 'webhookUrl', reason: problem }])
      const target = await resolveTarget(repo, body.target)
      const webhookSecret = webhookUrl ? (body.webhookSecret ?? randomBytes(32).toString('base64url')) : null
      const id = await repo.insert({
        userId: actor.userId!,
        ...target,
        frequency: body.frequency,
        email: body.email,
        webhookUrl,
        webhookSecret,
        language: body.language,
      })
      return { ...(await get(actor.userId!, id)), webhookSecret }
    },

    async update(userId: string, id: string, request: unknown): Promise<Subscription> {
      checkId(id)
      const changes = parseInput(SubscriptionUpdateRequestSchema, request)
      if (!(await repo.update(id, userId, changes))) {
        await get(userId, id)
        throw new ValidationError([{ name: 'email', reason: MESSAGES.noChannelLeft }])
      }
      return get(userId, id)
    },

    async remove(userId: string, id: string): Promise<void> {
      checkId(id)
      if (!(await repo.remove(id, userId))) throw new NotFoundError(MESSAGES.notFound(id))
    },

    async deliveries(userId: string, id: string): Promise<DeliveryList> {
      await get(userId, id)
      const rows = await repo.deliveries(id)
      return {
        deliveries: rows.map((row) => ({
          ...row,
          createdAt: row.createdAt.toISOString(),
          deliveredAt: row.deliveredAt?.toISOString() ?? null,
          attempts: row.attempts.map((attempt) => ({ ...attempt, at: new Date(attempt.at).toISOString() })),
        })),
      }
    },
  }
}

export type SubscriptionsService = ReturnType<typeof createSubscriptionsService>
