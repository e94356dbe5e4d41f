import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fetchErbmCites } from '../api/erbm-client.ts'
import { erbmQueryKeys } from '../api/erbm-query-keys.ts'
import { type ErbmFilter, type ErbmSort, erbmQuery } from '../lib/erbm-query.ts'
import { useSession } from './use-session.ts'

/** The ERBM dashboard's lines for a filter and sort; the lines shown stay while the next ones load. */
export function useErbmCites(filter: ErbmFilter, sort: ErbmSort) {
  const { request } = useSession()
  const query = erbmQuery(filter, sort)
  return useQuery({
    queryKey: erbmQueryKeys.cites(String(query)),
    queryFn: ({ signal }) => fetchErbmCites(query, { ...request, signal }),
    placeholderData: keepPreviousData,
  })
}
