import { useContext } from 'react'
import { SessionContext, type SessionValue } from '../components/auth/session-context.ts'

/** The account using the app and the options to call the API for it; needs a SessionProvider above. */
export function useSession(): SessionValue {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession needs a <SessionProvider> above it')
  return session
}
