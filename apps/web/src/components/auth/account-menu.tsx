import { useCallback, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMenuDismissal } from '../../hooks/use-menu-dismissal.ts'
import { useSession } from '../../hooks/use-session.ts'
import type { WatchSheet } from '../../lib/watch-hash.ts'

/**
 * The header's account control: "Se connecter" for a visitor; for an account, a disclosure button with
 * its name that shows role and organisation, the views the role may open, and "Se déconnecter".
 */
export function AccountMenu({ onOpenSheet }: { onOpenSheet: (sheet: WatchSheet) => void }) {
  const { t } = useTranslation()
  const session = useSession()
  const [open, setOpen] = useState(false)
  const container = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const menuId = useId()

  const close = useCallback(() => setOpen(false), [])
  useMenuDismissal({ open, close, container, button })

  const { state } = session
  if (state.status === 'checking') return null
  if (state.status === 'anonymous')
    return (
      <button type="button" aria-haspopup="dialog" onClick={session.openLogin}>
        {t('auth.login')}
      </button>
    )

  const { user } = state
  const staff = user.role !== 'partner'
  const choose = (sheet: WatchSheet) => {
    setOpen(false)
    onOpenSheet(sheet)
  }
  return (
    <div className="account-menu" ref={container}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        title={user.displayName}
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">{t('auth.accountOf')} </span>
        {user.displayName}
      </button>
      <div id={menuId} className="account-menu-panel" hidden={!open}>
        <p className="account-identity">
          {t(`auth.roles.${user.role}`)}
          {user.organisation && ` · ${user.organisation.name}`}
        </p>
        <ul>
          <li>
            <button type="button" onClick={() => choose('desk')}>
              {staff ? t('watch.desk') : t('watch.myAlerts')}
            </button>
          </li>
          <li>
            <button type="button" onClick={() => choose('erbm')}>
              {t('watch.erbm')}
            </button>
          </li>
          <li>
            <button type="button" onClick={() => choose('subscriptions')}>
              {t('subscriptions.menu')}
            </button>
          </li>
          <li>
            <button type="button" onClick={() => choose('tokens')}>
              {t('watch.tokens')}
            </button>
          </li>
          {user.role === 'admin' && (
            <li>
              <button type="button" onClick={() => choose('admin')}>
                {t('watch.admin')}
              </button>
            </li>
          )}
          <li>
            <button
              type="button"
              onClick={() => {
                setOpen(false)
                void session.logOut()
              }}
            >
              {t('auth.logout')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  )
}
