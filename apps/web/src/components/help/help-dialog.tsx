import { useTranslation } from 'react-i18next'
import { SHORTCUT_KEYS } from '../../lib/keyboard-shortcuts.ts'
import { REPORT_PIN_KEY } from '../../lib/watch-keys.ts'
import '../../i18n/record-translations.ts'
import { useModalDialog } from '../../hooks/use-modal-dialog.ts'

/** Each shortcut and what it does; the map's own keys work when the map has the focus. */
const ROWS = [
  { keys: [SHORTCUT_KEYS['focus-search']], text: 'help.search' },
  { keys: [SHORTCUT_KEYS['toggle-layers']], text: 'help.layers' },
  { keys: [SHORTCUT_KEYS['toggle-list']], text: 'help.list' },
  { keys: [SHORTCUT_KEYS['show-help']], text: 'help.help' },
  { keys: [REPORT_PIN_KEY], text: 'help.report' },
  { keys: ['Escape'], text: 'help.escape' },
  { keys: ['←', '↑', '→', '↓'], text: 'help.pan' },
  { keys: ['+', '−'], text: 'help.zoom' },
] as const

/**
 * The keyboard help: a modal `<dialog>` named by its heading. Escape (the browser's `cancel`) or the
 * button closes it, and the focus goes back where it was.
 */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const dialog = useModalDialog()

  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-labelledby="help-heading"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id="help-heading">{t('help.heading')}</h2>
      <table className="help-table">
        <caption className="visually-hidden">{t('help.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('help.keyColumn')}</th>
            <th scope="col">{t('help.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.text}>
              <td>
                {row.keys.map((key) => (
                  <kbd key={key}>{key === 'Escape' ? t('help.escapeKey') : key}</kbd>
                ))}
              </td>
              <td>{t(row.text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="help-note">{t('help.note')}</p>
      <button type="button" className="help-close" onClick={onClose} autoFocus>
        {t('help.close')}
      </button>
    </dialog>
  )
}
