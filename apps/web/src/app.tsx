import { useTranslation } from 'react-i18next'
import { Catalogue } from './components/catalogue/catalogue.tsx'
import { AttributionFooter } from './components/layout/attribution-footer.tsx'
import { SiteHeader } from './components/layout/site-header.tsx'

export function App() {
  const { t } = useTranslation()
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        <Catalogue />
      </main>
      <AttributionFooter />
    </div>
  )
}
