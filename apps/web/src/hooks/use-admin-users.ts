import { fetchUsers } from '../api/admin-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSessionQuery } from './use-session-query.ts'

/** Every account, by email (admins only). */
export function useAdminUsers() {
  return useSessionQuery(queryKeys.users, fetchUsers)
}
