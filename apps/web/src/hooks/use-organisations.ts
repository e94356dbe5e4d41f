import { fetchOrganisations } from '../api/admin-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSessionQuery } from './use-session-query.ts'

/** The organisations partners belong to, by name (admins only). */
export function useOrganisations() {
  return useSessionQuery(queryKeys.organisations, fetchOrganisations)
}
