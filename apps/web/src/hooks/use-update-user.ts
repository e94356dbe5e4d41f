import type { UserUpdateRequest } from '@heritage-watch/shared'
import { updateUser } from '../api/admin-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import type { SessionRequestOptions } from '../api/request-json.ts'
import { useSessionMutation } from './use-session-mutation.ts'

const update = ({ id, change }: { id: string; change: UserUpdateRequest }, request: SessionRequestOptions) =>
  updateUser(id, change, request)

/** Changes an account (e.g. `{ disabled: true }`); the account list and the logs are fetched again. */
export function useUpdateUser() {
  return useSessionMutation(update, [queryKeys.users, ['admin', 'log']])
}
