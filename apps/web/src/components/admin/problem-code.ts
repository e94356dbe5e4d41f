/** Whether a failed request's problem, or one of its invalid params, carries `code`. */
export function hasProblemCode(error: unknown, code: string): boolean {
  const problem = (error as { problem?: { code?: string; 'invalid-params'?: { code?: string }[] } } | null)
    ?.problem
  return problem?.code === code || (problem?.['invalid-params'] ?? []).some((param) => param.code === code)
}
