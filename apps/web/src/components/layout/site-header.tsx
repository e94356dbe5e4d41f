import type { SearchResult } from '@heritage-watch/shared'
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { SHORTCUT_KEYS } from '../../lib/keyboard-shortcuts.ts'
import type { WatchSheet } from '../../lib/watch-hash.ts'
import { REPORT_PIN_KEY } from '../../lib/watch-keys.ts'
import { AccountMenu } from '../auth/account-menu.tsx'
import { SearchBox } from '../search/search-box.tsx'
import { HeaderMenu } from './header-menu.tsx'
import { LanguageSwitch } from './language-switch.tsx'

interface SiteHeaderProps {
  searchRef: Ref<HTMLInputElement>
  onChoose: (result: SearchResult) => void
  layersOpen: boolean
  listOpen: boolean
  onToggleLayers: () => void
  onToggleList: () => void
  onShowHelp: () => void
  onOpenSheet: (sheet: WatchSheet) => void
  /** Shown to accounts that may report: drops a pin on the map (shortcut REPORT_PIN_KEY). */
  report?: { pinMode: boolean; onToggle: () => void }
}

/**
 * Title, search, the buttons that open the panels and the help, "Signaler" for accounts that may
 * report, the account menu (or "Se connecter") and the language switch. Below the wide layout help,
 * indicators, report and account go behind "Menu" (header-menu.tsx): on a phone they did not all fit
 * beside the search.
 */
export function SiteHeader(props: SiteHeaderProps) {
  const { t } = useTranslation()
  return (
    <header className="site-header">
      <h1 className="site-title">
        {t('app.title')}
        <span className="site-tagline">{t('app.shortTagline')}</span>
      </h1>
      <SearchBox inputRef={props.searchRef} onChoose={props.onChoose} />
      <div className="header-buttons">
        <button
          id="layers-button"
          type="button"
          aria-expanded={props.layersOpen}
          aria-controls="layers-panel"
          aria-keyshortcuts={SHORTCUT_KEYS['toggle-layers']}
          onClick={props.onToggleLayers}
        >
          {t('layers.button')}
        </button>
        <button
          id="list-button"
          type="button"
          aria-expanded={props.listOpen}
          aria-controls="list-panel"
          aria-keyshortcuts={SHORTCUT_KEYS['toggle-list']}
          onClick={props.onToggleList}
        >
          {t('list.button')}
        </button>
        <HeaderMenu>
          <button
            type="button"
            aria-haspopup="dialog"
            aria-keyshortcuts={SHORTCUT_KEYS['show-help']}
            onClick={props.onShowHelp}
          >
            {t('help.button')}
          </button>
          <button
            type="button"
            aria-controls="indicators-sheet"
            onClick={() => props.onOpenSheet('indicators')}
          >
            {t('watch.indicators')}
          </button>
          {props.report && (
            <button
              type="button"
              aria-pressed={props.report.pinMode}
              aria-keyshortcuts={REPORT_PIN_KEY}
              onClick={props.report.onToggle}
            >
              {t('watch.reportPin')}
            </button>
          )}
          <AccountMenu onOpenSheet={props.onOpenSheet} />
        </HeaderMenu>
        <LanguageSwitch />
      </div>
    </header>
  )
}
