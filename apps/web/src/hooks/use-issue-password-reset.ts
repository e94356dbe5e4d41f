import { issuePasswordReset } from '../api/account-log-client.ts'
import type { SessionRequestOptions } from '../api/request-json.ts'
import { useSessionMutation } from './use-session-mutation.ts'

const issue = (id: string, request: SessionRequestOptions) => issuePasswordReset(id, request)

/** Issues a password-reset link for an account; the admin log is fetched again. */
export function useIssuePasswordReset() {
  return useSessionMutation(issue, [['admin', 'log']])
}
