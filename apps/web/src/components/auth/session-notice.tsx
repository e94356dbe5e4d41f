import { useTranslation } from 'react-i18next'
import { useSession } from '../../hooks/use-session.ts'

/** Says that the session expired (a call got a 401) and offers to log in again. */
export function SessionNotice() {
  const { t } = useTranslation()
  const session = useSession()
  if (session.state.status !== 'anonymous' || !session.state.expired) return null
  return (
    <div className="session-notice" role="alert">
      <p>{t('auth.expired')}</p>
      <button type="button" aria-haspopup="dialog" onClick={session.openLogin}>
        {t('auth.loginAgain')}
      </button>
      <button type="button" className="link-button" onClick={session.dismissExpired}>
        {t('auth.dismiss')}
      </button>
    </div>
  )
}
