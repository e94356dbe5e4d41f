import { ALERT_STATUSES, ALERT_TRANSITIONS, type AlertStatus } from '@heritage-watch/shared'

/** What the bulk change needs of a selected alert. */
export interface BulkCandidate {
  id: string
  reference: string
  status: AlertStatus
}

export interface BulkMoves {
  /** Statuses every selected alert may move to (the workflow's transitions), in workflow order. */
  allowed: AlertStatus[]
  /** Statuses some selected alerts may move to but others may not, with the alerts that cannot. */
  blocked: { status: AlertStatus; by: BulkCandidate[] }[]
}

/**
 * The moves a bulk change may offer: the intersection of each selected alert's transitions, since the
 * API refuses the whole lot if one alert cannot move. A move allowed for only some of them is named
 * with the alerts that block it, so that the officer can deselect them.
 * @param selected the selected alerts, as the list shows them now
 * @example allowedBulkMoves([{ status: 'nouvelle' }, { status: 'en_cours' }]).allowed // ['rejetee']
 */
export function allowedBulkMoves(selected: readonly BulkCandidate[]): BulkMoves {
  if (selected.length === 0) return { allowed: [], blocked: [] }
  const allowed: AlertStatus[] = []
  const blocked: BulkMoves['blocked'] = []
  for (const status of ALERT_STATUSES) {
    const by = selected.filter((alert) => !ALERT_TRANSITIONS[alert.status].includes(status))
    if (by.length === 0) allowed.push(status)
    else if (by.length < selected.length) blocked.push({ status, by })
  }
  return { allowed, blocked }
}
