import { useMutation } from '@tanstack/react-query'
import { readRetryDelay, shouldRetryKeyedWrite } from '../api/query-client.ts'
import { randomUuid } from '../lib/random-uuid.ts'

interface Keyed<Variables> {
  variables: Variables
  idempotencyKey: string
}

/**
 * A write whose every `mutate` (one user action) gets a fresh Idempotency-Key, and whose retries
 * (TanStack Query's, after no answer or a 5xx) send that same key: the API applies the action once and
 * gives a lost answer again (issue 13). Used like `useMutation`'s result, with the plain variables.
 */
export function useKeyedMutation<Variables, Result>(
  write: (variables: Variables, idempotencyKey: string) => Promise<Result>,
  onSuccess?: (result: Result, variables: Variables) => unknown,
) {
  const mutation = useMutation({
    mutationFn: ({ variables, idempotencyKey }: Keyed<Variables>) => write(variables, idempotencyKey),
    onSuccess: (result: Result, keyed: Keyed<Variables>) => onSuccess?.(result, keyed.variables),
    retry: shouldRetryKeyedWrite,
    retryDelay: readRetryDelay,
  })
  const keyed = (variables: Variables) => ({ variables, idempotencyKey: randomUuid() })
  type Options = Parameters<typeof mutation.mutate>[1]
  return {
    ...mutation,
    variables: mutation.variables?.variables,
    mutate: (variables: Variables, options?: Options) => mutation.mutate(keyed(variables), options),
    mutateAsync: (variables: Variables, options?: Options) => mutation.mutateAsync(keyed(variables), options),
  }
}
