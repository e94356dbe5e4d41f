import { z } from 'zod'
import { ALERT_CATEGORIES, ALERT_SEVERITIES } from './alert-values.ts'

// /subscriptions (issue 11 §6): an account follows an area, a feature, a category or a severity of
// alerts, and is told by e-mail and/or webhook, at once or in a daily or weekly digest. Officers may also
// ask to be told of the alerts awaiting triage. Nobody is told of an alert they may not see.

/** What a subscription follows. */
export const SUBSCRIPTION_KINDS = [
  'commune',
  'epci',
  'polygon',
  'feature',
  'category',
  'severity',
  'triage',
] as const
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number]

export const SUBSCRIPTION_FREQUENCIES = ['immediate', 'daily', 'weekly'] as const
export type SubscriptionFrequency = (typeof SUBSCRIPTION_FREQUENCIES)[number]

/** The languages of the messages; French unless the subscription says otherwise. */
export const NOTIFICATION_LANGUAGES = ['fr', 'en'] as const

/** A webhook's secret, given by its owner or made by the server: long enough for HMAC-SHA256. */
export const WEBHOOK_SECRET_MIN_LENGTH = 16

const PolygonGeometry = z
  .object({ type: z.literal('Polygon'), coordinates: z.array(z.array(z.array(z.number()))) })
  .meta({ description: 'Polygone GeoJSON (WGS 84), dans le bassin, 500 positions au plus' })

/** What a subscription follows, as given on creation. */
export const SubscriptionTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('commune'),
    code: z.string().regex(/^\d[0-9AB]\d{3}$/, 'must be an INSEE code'),
  }),
  z.strictObject({ kind: z.literal('epci'), code: z.string().regex(/^\d{9}$/, 'must be a SIREN') }),
  z.strictObject({ kind: z.literal('polygon'), polygon: PolygonGeometry }),
  z.strictObject({
    kind: z.literal('feature'),
    collection: z.string().min(1).max(100),
    featureId: z.string().min(1).max(200),
  }),
  z.strictObject({ kind: z.literal('category'), category: z.enum(ALERT_CATEGORIES) }),
  // At least this severity: "high" follows high and critical alerts.
  z.strictObject({ kind: z.literal('severity'), severity: z.enum(ALERT_SEVERITIES) }),
  z.strictObject({ kind: z.literal('triage') }),
])
export type SubscriptionTarget = z.infer<typeof SubscriptionTargetSchema>

const WebhookUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .max(2000)
  .meta({ description: 'URL https (http sur la boucle locale seulement si la configuration le permet)' })

/** Body of `POST /subscriptions`; at least one channel. */
export const SubscriptionCreateRequestSchema = z
  .strictObject({
    target: SubscriptionTargetSchema,
    frequency: z.enum(SUBSCRIPTION_FREQUENCIES),
    email: z.boolean(),
    webhookUrl: WebhookUrl.nullable().optional(),
    webhookSecret: z.string().min(WEBHOOK_SECRET_MIN_LENGTH).max(200).optional(),
    language: z.enum(NOTIFICATION_LANGUAGES).default('fr'),
  })
  .superRefine((body, context) => {
    if (!body.email && !body.webhookUrl)
      context.addIssue({ code: 'custom', path: ['email'], message: 'choose e-mail or a webhook URL' })
    if (body.webhookSecret !== undefined && !body.webhookUrl)
      context.addIssue({ code: 'custom', path: ['webhookSecret'], message: 'is only taken with webhookUrl' })
  })
export type SubscriptionCreateRequest = z.input<typeof SubscriptionCreateRequestSchema>

/** Body of `PATCH /subscriptions/{id}`: its frequency, e-mail channel or language. */
export const SubscriptionUpdateRequestSchema = z
  .strictObject({
    frequency: z.enum(SUBSCRIPTION_FREQUENCIES).optional(),
    email: z.boolean().optional(),
    language: z.enum(NOTIFICATION_LANGUAGES).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change', path: ['frequency'] })
export type SubscriptionUpdateRequest = z.infer<typeof SubscriptionUpdateRequestSchema>

/** A subscription as listed; the webhook's secret is only in the creation answer. */
export const SubscriptionSchema = z.object({
  id: z.uuid(),
  target: SubscriptionTargetSchema,
  /** The commune's, EPCI's or feature's name; null for the other kinds. */
  label: z.string().nullable(),
  frequency: z.enum(SUBSCRIPTION_FREQUENCIES),
  email: z.boolean(),
  webhookUrl: z.string().nullable(),
  language: z.enum(NOTIFICATION_LANGUAGES),
  createdAt: z.iso.datetime(),
  /** When the next digest is due (daily, weekly); null for immediate ones. */
  nextDigestAt: z.iso.datetime().nullable(),
})
export type Subscription = z.infer<typeof SubscriptionSchema>

/** Answer of `POST /subscriptions`: with the webhook's secret, shown this once. */
export const SubscriptionCreatedSchema = SubscriptionSchema.extend({ webhookSecret: z.string().nullable() })

export const SubscriptionListSchema = z.object({ subscriptions: z.array(SubscriptionSchema) })
export type SubscriptionList = z.infer<typeof SubscriptionListSchema>

/** One try at delivering a notification. */
export const DeliveryAttemptSchema = z.object({
  attempt: z.number().int().positive(),
  at: z.iso.datetime(),
  ok: z.boolean(),
  httpStatus: z.number().int().nullable(),
  error: z.string().nullable(),
})

/** A notification (one alert change, or a digest) on one channel, with its attempts. */
export const DeliverySchema = z.object({
  id: z.uuid(),
  channel: z.enum(['email', 'webhook']),
  status: z.enum(['pending', 'delivered', 'failed']),
  events: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  deliveredAt: z.iso.datetime().nullable(),
  attempts: z.array(DeliveryAttemptSchema),
})
export type Delivery = z.infer<typeof DeliverySchema>

/** Answer of `GET /subscriptions/{id}/deliveries`: the latest 50, newest first. */
export const DeliveryListSchema = z.object({ deliveries: z.array(DeliverySchema) })
export type DeliveryList = z.infer<typeof DeliveryListSchema>

/** The JSON a webhook receives (signed: see docs/architecture.md §25). */
export const WebhookPayloadSchema = z.object({
  subscriptionId: z.uuid(),
  deliveryId: z.uuid(),
  frequency: z.enum(SUBSCRIPTION_FREQUENCIES),
  events: z.array(
    z.object({
      eventId: z.number().int(),
      kind: z.string(),
      at: z.iso.datetime(),
      alert: z.object({
        id: z.uuid(),
        /** "A-000042" */
        reference: z.string(),
        title: z.string(),
        category: z.enum(ALERT_CATEGORIES),
        severity: z.enum(ALERT_SEVERITIES),
        status: z.string(),
        communes: z.array(z.string()),
        url: z.string().nullable(),
      }),
    }),
  ),
  /** For a triage notice: how many alerts await triage now. */
  awaitingTriage: z.number().int().nullable(),
})
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>
