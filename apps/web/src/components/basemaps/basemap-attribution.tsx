import { useTranslation } from 'react-i18next'
import type { BasemapStack } from '../../lib/basemap-choice.ts'
import { basemapCredit } from '../../lib/basemap-credit.ts'

/** The credit of each service drawn, on the map (its own terms ask for it there), in the shown language. */
export function BasemapAttribution({ stack }: { stack: BasemapStack }) {
  const { t } = useTranslation()
  const shown = stack.under ? [stack.under, stack.top] : [stack.top]
  return (
    <p className="basemap-attribution" data-testid="basemap-attribution">
      {t('basemap.attribution')}{' '}
      {shown.map((basemap, index) => (
        <span key={basemap.id}>
          {index > 0 && ' · '}
          <a href={basemap.attribution.url} target="_blank" rel="noreferrer">
            {basemapCredit(basemap, t)}
          </a>
        </span>
      ))}
    </p>
  )
}
