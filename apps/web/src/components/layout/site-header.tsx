import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from './language-switch.tsx'

export function SiteHeader() {
  const { t } = useTranslation()
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <div>
          <h1 className="site-title">{t('app.title')}</h1>
          <p className="site-tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </div>
    </header>
  )
}
