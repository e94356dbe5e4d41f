import { useMutation } from '@tanstack/react-query'
import { logout } from '../api/auth-client.ts'
import type { SessionRequestOptions } from '../api/request-json.ts'

/** `POST /auth/logout` as a mutation (for the session provider, which holds the request options). */
export function useLogOut(request: SessionRequestOptions) {
  return useMutation({ mutationFn: () => logout(request) })
}
