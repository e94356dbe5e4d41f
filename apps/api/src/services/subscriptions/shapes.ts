import type { Subscription, SubscriptionTarget } from '@heritage-watch/shared'
import type { SubscriptionRow } from '../../db/subscriptions-repo.ts'

/** A row's target, in the shape it was given. */
function targetOf(row: SubscriptionRow): SubscriptionTarget {
  switch (row.kind) {
    case 'commune':
    case 'epci':
      return { kind: row.kind, code: row.code! }
    case 'polygon':
      return { kind: 'polygon', polygon: row.polygon! }
    case 'feature':
      return { kind: 'feature', collection: row.collection!, featureId: row.featureId! }
    case 'category':
      return { kind: 'category', category: row.category as never }
    case 'severity':
      return { kind: 'severity', severity: row.severity as never }
    default:
      return { kind: 'triage' }
  }
}

/** A subscription as the API shows it to its owner (never the webhook's secret). */
export function toSubscription(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    target: targetOf(row),
    label: row.label,
    frequency: row.frequency as Subscription['frequency'],
    email: row.email,
    webhookUrl: row.webhookUrl,
    language: row.language as Subscription['language'],
    createdAt: row.createdAt.toISOString(),
    nextDigestAt: row.nextDigestAt?.toISOString() ?? null,
  }
}
