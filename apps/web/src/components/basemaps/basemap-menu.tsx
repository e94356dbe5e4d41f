import { type Basemap, BASEMAP_IDS } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { OFFLINE_BASEMAP } from '../../lib/basemap-choice.ts'

interface BasemapMenuProps {
  id: string
  basemaps: readonly Basemap[]
  loaded: boolean
  choice: string
  onChoose: (id: string) => void
  /** The historical photograph's settings, when one is shown. */
  historical?: {
    opacity: number
    onOpacity: (opacity: number) => void
    /** Undefined when there is no imagery of today to compare with. */
    swipe?: { on: boolean; onToggle: (on: boolean) => void }
  }
}

/** A basemap's name in the shown language: proper names and years stay as the server gives them. */
export function useBasemapName(): (basemap: Basemap) => string {
  const { t } = useTranslation()
  return (basemap) => (basemap.id === BASEMAP_IDS.orthoIgn ? t('basemap.orthoIgn') : basemap.label)
}

/** The menu's body: radio buttons (arrow keys move the choice), then the historical photo's settings. */
export function BasemapMenu({ id, basemaps, loaded, choice, onChoose, historical }: BasemapMenuProps) {
  const { t } = useTranslation()
  const nameOf = useBasemapName()
  const radio = (value: string, label: string) => (
    <label key={value} className="basemap-option">
      <input
        type="radio"
        name="basemap"
        value={value}
        checked={choice === value}
        onChange={() => onChoose(value)}
      />
      {label}
    </label>
  )
  const current = basemaps.filter((basemap) => basemap.group === 'current')
  const past = basemaps.filter((basemap) => basemap.group === 'historical')
  return (
    <div id={id} className="basemap-menu" role="group" aria-label={t('basemap.menu')}>
      <fieldset>
        <legend>{t('basemap.current')}</legend>
        {radio(OFFLINE_BASEMAP, t('basemap.offline'))}
        {current.map((basemap) => radio(basemap.id, nameOf(basemap)))}
      </fieldset>
      {past.length > 0 && (
        <fieldset>
          <legend>{t('basemap.historical')}</legend>
          {past.map((basemap) => radio(basemap.id, nameOf(basemap)))}
        </fieldset>
      )}
      {!loaded && <p className="basemap-hint">{t('basemap.loading')}</p>}
      {loaded && basemaps.length === 0 && <p className="basemap-hint">{t('basemap.none')}</p>}
      {historical && (
        <div className="basemap-historical">
          <label>
            {t('basemap.opacity')}
            <input
              type="range"
              min={0}
              max={100}
              step={5}
              value={Math.round(historical.opacity * 100)}
              aria-valuetext={`${Math.round(historical.opacity * 100)} %`}
              onChange={(event) => historical.onOpacity(Number(event.target.value) / 100)}
            />
          </label>
          {historical.swipe && (
            <label className="basemap-option">
              <input
                type="checkbox"
                checked={historical.swipe.on}
                onChange={(event) => historical.swipe?.onToggle(event.target.checked)}
              />
              {t('basemap.swipe')}
            </label>
          )}
        </div>
      )}
    </div>
  )
}
