import { useTranslation } from 'react-i18next'
import { useCollections } from '../../hooks/use-collections.ts'
import { CatalogueError } from './catalogue-error.tsx'
import { CollectionList } from './collection-list.tsx'

/** The catalogue of layers, with its loading and error states. */
export function Catalogue() {
  const { t } = useTranslation()
  const state = useCollections()
  return (
    <section className="catalogue" aria-labelledby="catalogue-heading" aria-busy={state.status === 'loading'}>
      <h2 id="catalogue-heading">{t('catalogue.heading')}</h2>
      <p>{t('catalogue.intro')}</p>
      <div role="status">
        {state.status === 'loading' && <p className="catalogue-loading">{t('catalogue.loading')}</p>}
      </div>
      {state.status === 'error' && <CatalogueError error={state.error} onRetry={state.retry} />}
      {state.status === 'ready' && <CollectionList collections={state.collections} />}
    </section>
  )
}
