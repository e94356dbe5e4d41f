// The ERBM follow-up's query keys, apart from query-keys.ts so that they load with the ERBM views. Their
// root, 'erbm', is one of ACCOUNT_QUERY_ROOTS: forgotten when another account signs in.
export const erbmQueryKeys = {
  cites: (query: string) => ['erbm', 'cites', query] as const,
  cite: (id: string) => ['erbm', 'cite', id] as const,
  allCites: ['erbm', 'cites'] as const,
}
