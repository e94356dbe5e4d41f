import { ASSESSMENT_CONDITION_LABELS, ASSESSMENT_CONDITIONS } from '@heritage-watch/shared'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../hooks/use-language.ts'
import { useMap } from '../../hooks/use-map.ts'
import { useSession } from '../../hooks/use-session.ts'
import { CONDITION_COLOURS } from '../../map/layers/condition-layers.ts'
import { LegendSwatch } from '../legend/legend-swatch.tsx'
import { isConditionStyleOn, startConditionStyle, stopConditionStyle } from './condition-style-controller.ts'
import './assessments.css'

/** The "état" map style's switch and key, in the layers panel of accounts that may read constats. */
export function ConditionStyleToggle() {
  const { t } = useTranslation()
  const language = useLanguage()
  const map = useMap()
  const queryClient = useQueryClient()
  const { request } = useSession()
  const [on, setOn] = useState(isConditionStyleOn)
  const toggle = (checked: boolean) => {
    if (!map) return
    if (checked) startConditionStyle(map, queryClient, request)
    else stopConditionStyle()
    setOn(checked)
  }
  return (
    <section className="legend-group condition-style" aria-labelledby="condition-style-heading">
      <h3 id="condition-style-heading" className="legend-heading">
        {t('assessments.heading')}
      </h3>
      <label>
        <input
          type="checkbox"
          checked={on}
          disabled={!map}
          onChange={(event) => toggle(event.target.checked)}
        />
        <span>{t('assessments.style.toggle')}</span>
      </label>
      <p className="legend-note">{t('assessments.style.note')}</p>
      {on && (
        <ul className="legend-key">
          {ASSESSMENT_CONDITIONS.map((condition) => (
            <li key={condition}>
              <LegendSwatch
                swatch={{ kind: 'fill', fill: CONDITION_COLOURS[condition], stroke: '#5f6368' }}
              />
              <span>{ASSESSMENT_CONDITION_LABELS[condition][language]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
