import { createUser } from '../api/admin-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSessionMutation } from './use-session-mutation.ts'

/** A new account (admins only); the account list is fetched again. */
export function useCreateUser() {
  return useSessionMutation(createUser, [queryKeys.users])
}
