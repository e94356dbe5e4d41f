import { useMutation } from '@tanstack/react-query'
import { submitPasswordReset } from '../api/account-log-client.ts'
import { env } from '../env.ts'

/** Sets a new password with a reset link's token (the public page: no session). */
export function useResetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      submitPasswordReset(body, { apiBaseUrl: env.apiBaseUrl }),
  })
}
