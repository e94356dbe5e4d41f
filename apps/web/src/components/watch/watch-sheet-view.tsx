import type { User } from '@heritage-watch/shared'
import { parseWatchHash, type WatchSheet } from '../../lib/watch-hash.ts'
import { AdminSheet } from '../admin/admin-sheet.tsx'
import { AlertDesk } from '../desk/alert-desk.tsx'
import { ErbmDashboard } from '../erbm/erbm-dashboard.tsx'
import { ErbmFollowUpSection as FollowUpSection } from '../erbm/erbm-follow-up-section.tsx'
import { IndicatorsSheet } from '../indicators/indicators-sheet.tsx'
import { SubscriptionsSheet } from '../subscriptions/subscriptions-sheet.tsx'
import { TokensSheet } from '../tokens/tokens-sheet.tsx'

interface WatchSheetViewProps {
  sheet: WatchSheet
  /** Null for an anonymous visitor, who may open the indicators only. */
  user: User | null
  openAlertId: string | null
  onOpenAlert: (id: string) => void
  onClose: () => void
}

/** The sheet over the map that the header or the account menu opened; administration for admins only. */
export function WatchSheetView({ sheet, user, openAlertId, onOpenAlert, onClose }: WatchSheetViewProps) {
  if (sheet === 'indicators') return <IndicatorsSheet onClose={onClose} />
  if (!user) return null
  if (sheet === 'desk')
    return <AlertDesk user={user} openAlertId={openAlertId} onOpenAlert={onOpenAlert} onClose={onClose} />
  if (sheet === 'erbm') return <ErbmDashboard user={user} onClose={onClose} />
  if (sheet === 'tokens') return <TokensSheet onClose={onClose} />
  // What a record's "S'abonner" asked to follow is in the hash, read again on each hash change.
  if (sheet === 'subscriptions')
    return (
      <SubscriptionsSheet
        user={user}
        follow={parseWatchHash(window.location.hash).follow}
        onClose={onClose}
      />
    )
  return user.role === 'admin' ? <AdminSheet user={user} onClose={onClose} /> : null
}

/** A cité's ERBM follow-up in its record; here so that the record's lazy element shares this chunk. */
export function ErbmFollowUpSection({ citeId }: { citeId: string }) {
  return <FollowUpSection citeId={citeId} />
}
