import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../hooks/use-language.ts'
import type { ContextState } from '../../hooks/use-feature-record.ts'
import type { FeatureRef } from '../../lib/url-state.ts'
import '../../i18n/record-translations.ts'

interface ProtectionListProps {
  context: ContextState
  onOpen: (feature: FeatureRef) => void
}

/** The protection regimes of the feature, from its context; a short notice when the context failed. */
export function ProtectionList({ context, onOpen }: ProtectionListProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <section className="record-section" aria-labelledby="record-protections-heading">
      <h3 id="record-protections-heading">{t('record.protections')}</h3>
      {context.status === 'loading' && <p className="record-muted">{t('record.contextLoading')}</p>}
      {context.status === 'unavailable' && <p className="record-notice">{t('record.contextUnavailable')}</p>}
      {context.status === 'ready' && context.context.protections.length === 0 && (
        <p className="record-muted">{t('record.noProtection')}</p>
      )}
      {context.status === 'ready' && context.context.protections.length > 0 && (
        <ul className="protection-list">
          {context.context.protections.map((protection, index) => {
            // English screens read the API's English lines; French is the fallback of an older API.
            const english = language === 'en' ? protection.en : undefined
            const lang = english ? 'en' : 'fr'
            const detail = english ? english.detail : protection.detail
            return (
              <li
                key={`${protection.regime}-${index}`}
                className={`protection protection-${protection.regime}`}
              >
                <strong>{t(`record.regimes.${protection.regime}`)}</strong>
                {' : '}
                <span lang={lang}>{english ? english.status : protection.status}</span>
                {detail && (
                  <span className="protection-detail" lang={lang}>
                    {detail}
                  </span>
                )}
                {protection.via && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      protection.via &&
                      onOpen({ collection: protection.via.collection, id: protection.via.id })
                    }
                  >
                    {t('record.via', { label: protection.via.label })}
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
