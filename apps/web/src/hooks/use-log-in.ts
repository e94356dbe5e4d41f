import type { LoginRequest } from '@heritage-watch/shared'
import { useMutation } from '@tanstack/react-query'
import { login } from '../api/auth-client.ts'
import { useSession } from './use-session.ts'

/** `POST /auth/login` as a mutation; the dialog hands its answer to the session (`signedIn`). */
export function useLogIn() {
  const { request } = useSession()
  return useMutation({ mutationFn: (credentials: LoginRequest) => login(credentials, request) })
}
