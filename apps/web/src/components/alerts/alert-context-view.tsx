import type { AlertContext } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import type { FeatureRef } from '../../lib/url-state.ts'

interface AlertContextViewProps {
  context: AlertContext
  headingId: string
  /** Makes each feature a button that shows it on the map; plain text without it (in the form). */
  onOpenFeature?: (feature: FeatureRef) => void
}

/** Translation keys of the 2016 statuses (the API's values are French words). */
const CLASSEMENT_KEYS: Record<string, 'classe' | 'partiel' | 'hors'> = {
  classé: 'classe',
  'en partie': 'partiel',
  'hors site': 'hors',
}

/**
 * What protection is at stake, at a glance: in the property or the buffer zone, the components and
 * elements within 500 m with their distances, the terrils with their 2016 status, the sites classés and
 * inscrits, the ERBM cités and the communes, as PostGIS computed them.
 */
export function AlertContextView({ context, headingId, onOpenFeature }: AlertContextViewProps) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const classementText = (status: string) => {
    const key = CLASSEMENT_KEYS[status]
    return key ? t(`context.classementValues.${key}`) : status
  }
  // The stored value is French ('oui', 'non', 'inconnue'): said in the screen's language.
  const priorityText = (value: string) =>
    value === 'oui' || value === 'non' || value === 'inconnue'
      ? t(`contextUx.priorityValues.${value}`)
      : value
  const name = (feature: FeatureRef & { label: string }) =>
    onOpenFeature ? (
      <button type="button" className="link-button" onClick={() => onOpenFeature(feature)}>
        {feature.label}
      </button>
    ) : (
      <span>{feature.label}</span>
    )
  const zone = context.inProperty
    ? t('context.inProperty')
    : context.inBufferZone
      ? t('context.inBufferZone')
      : t('context.outside')
  const near = [
    { key: 'components', title: t('context.components'), items: context.components },
    { key: 'elements', title: t('context.elements'), items: context.elements },
  ]
  return (
    <section className="record-section alert-context" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('context.heading')}</h3>
      <p
        className={`context-zone${context.inProperty || context.inBufferZone ? ' context-zone-protected' : ''}`}
      >
        {zone}
        {context.inProperty && context.inBufferZone && ` ${t('context.alsoBuffer')}`}
      </p>
      {near.map(
        ({ key, title, items }) =>
          items.length > 0 && (
            <div key={key}>
              <h4>{title}</h4>
              <ul className="context-list">
                {items.map((item) => (
                  <li key={`${item.collection}/${item.id}`}>
                    {name(item)}{' '}
                    <span className="record-muted">
                      {item.contains
                        ? t('context.contains')
                        : t('context.at', { distance: labels.distance(item.distanceM) })}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ),
      )}
      {context.terrils.length > 0 && (
        <div>
          <h4>{t('context.terrils')}</h4>
          <ul className="context-list">
            {context.terrils.map((terril) => (
              <li key={`${terril.collection}/${terril.id}`}>
                {terril.numero && `${t('context.terrilNumber', { numero: terril.numero })} · `}
                {name(terril)}
                {terril.classement2016 && (
                  <>
                    {' · '}
                    {t('context.classement', { status: classementText(terril.classement2016) })}
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {context.protectedSites.length > 0 && (
        <div>
          <h4>{t('context.protectedSites')}</h4>
          <ul className="context-list">
            {context.protectedSites.map((site) => (
              <li key={`${site.collection}/${site.id}`}>
                {name(site)}
                {' · '}
                {site.typesite === 'Site inscrit' ? t('context.siteInscrit') : t('context.siteClasse')}
                {site.chaineDesTerrils && ` (${t('context.chain')})`}
                {' · '}
                {site.share >= 0.95
                  ? t('context.siteInside')
                  : site.share >= 0.01
                    ? t('context.sitePartly', { percent: labels.percent(site.share) })
                    : t('context.siteTouches')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {context.erbmCites.length > 0 && (
        <div>
          <h4>{t('context.erbmCites')}</h4>
          <ul className="context-list">
            {context.erbmCites.map((cite) => (
              <li key={`${cite.collection}/${cite.id}`}>
                {name(cite)}
                {cite.prioriteErbm &&
                  ` · ${t('context.priority', { priority: priorityText(cite.prioriteErbm) })}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {context.communes.length > 0 && (
        <p>
          <strong>{t('context.communes')}</strong>{' '}
          {context.communes.map((commune) => commune.label).join(', ')}
        </p>
      )}
    </section>
  )
}
