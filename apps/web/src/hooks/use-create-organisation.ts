import { createOrganisation } from '../api/admin-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSessionMutation } from './use-session-mutation.ts'

/** A new organisation, by name (admins only); the organisation list is fetched again. */
export function useCreateOrganisation() {
  return useSessionMutation(createOrganisation, [queryKeys.organisations])
}
