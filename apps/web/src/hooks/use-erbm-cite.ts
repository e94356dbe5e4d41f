import { useQuery } from '@tanstack/react-query'
import { fetchErbmCite } from '../api/erbm-client.ts'
import { erbmQueryKeys } from '../api/erbm-query-keys.ts'
import { useSession } from './use-session.ts'

/** One cité's ERBM follow-up (phases, opinions, dossiers, bilans, history). */
export function useErbmCite(citeId: string) {
  const { request } = useSession()
  return useQuery({
    queryKey: erbmQueryKeys.cite(citeId),
    queryFn: ({ signal }) => fetchErbmCite(citeId, { ...request, signal }),
  })
}
