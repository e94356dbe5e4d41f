import type { Feature } from '@heritage-watch/shared'
import { findCollection } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../hooks/use-language.ts'
import { formatPropertyValue } from '../../lib/format-value.ts'
import '../../i18n/record-translations.ts'

interface PropertyListProps {
  collectionId: string
  feature: Feature
}

/** Every property the catalogue declares for the collection, with its label (and unit) in the shown language. */
export function PropertyList({ collectionId, feature }: PropertyListProps) {
  const { t, i18n } = useTranslation()
  const language = useLanguage()
  const definitions = findCollection(collectionId)?.properties ?? []
  const words = {
    yes: t('record.yes'),
    no: t('record.no'),
    empty: t('record.empty'),
    codedValue: (property: string, value: string) => {
      const key = `values.${property}.${value}`
      return i18n.exists(key) ? String(i18n.t(key as never)) : undefined
    },
  }
  return (
    <section className="record-section">
      <h3 id="record-properties-heading">{t('record.properties')}</h3>
      <dl className="property-list">
        {definitions.map((definition) => {
          const value = formatPropertyValue(definition, feature.properties[definition.name], language, words)
          return (
            <div key={definition.name} className="property">
              <dt>{definition.title[language]}</dt>
              <dd lang={language === 'fr' ? undefined : value.lang}>
                {value.href ? <a href={value.href}>{value.text}</a> : value.text}
              </dd>
            </div>
          )
        })}
      </dl>
    </section>
  )
}
