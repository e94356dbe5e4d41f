import type { AlertCategory, AlertSeverity, SubscriptionTarget } from '@heritage-watch/shared'

/** The subscription form's choices, before they become the API's target. */
export interface TargetDraft {
  kind: 'follow' | 'commune' | 'epci' | 'category' | 'severity' | 'triage'
  /** `<collection>/<feature id>` from a record's "S'abonner" (the hash's `suivre`). */
  follow?: string
  code: string
  category: AlertCategory
  severity: AlertSeverity
}

/**
 * What a record asks to follow: a commune's or an EPCI's record follows the area (its alerts by place),
 * any other feature its own alerts.
 * @example followTarget('communes/62528') // { kind: 'commune', code: '62528' }
 * @example followTarget('terrils/74A') // { kind: 'feature', collection: 'terrils', featureId: '74A' }
 */
export function followTarget(follow: string): SubscriptionTarget {
  const slash = follow.indexOf('/')
  const collection = follow.slice(0, slash)
  const id = follow.slice(slash + 1)
  if (collection === 'communes') return { kind: 'commune', code: id }
  if (collection === 'epci') return { kind: 'epci', code: id }
  return { kind: 'feature', collection, featureId: id }
}

/** The target a draft stands for; undefined when a needed choice (a commune, an EPCI) is missing. */
export function targetOf(draft: TargetDraft): SubscriptionTarget | undefined {
  switch (draft.kind) {
    case 'follow':
      return draft.follow ? followTarget(draft.follow) : undefined
    case 'commune':
    case 'epci':
      return draft.code ? { kind: draft.kind, code: draft.code } : undefined
    case 'category':
      return { kind: 'category', category: draft.category }
    case 'severity':
      return { kind: 'severity', severity: draft.severity }
    case 'triage':
      return { kind: 'triage' }
  }
}
