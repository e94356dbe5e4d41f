import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useIndicatorAreas } from '../../hooks/use-indicator-areas.ts'
import type { IndicatorZone } from '../../hooks/use-indicator-zone.ts'
import { controlProps, FormField } from '../watch/form-field.tsx'

const KINDS = ['bassin', 'commune', 'epci', 'bien', 'zone-tampon', 'polygone'] as const
type Kind = (typeof KINDS)[number]

interface AreaPickerProps {
  /** The API's area value (`commune:62498`) once the choices name a real area; null for no zone drawn. */
  onChange: (area: string | null) => void
  /** The zone drawn on the map (use-indicator-zone.ts), for the "drawn zone" kind. */
  zone: Pick<IndicatorZone, 'polygon' | 'start' | 'clear'>
}

/**
 * The area of the indicators: a kind, then a commune typed with suggestions, an EPCI from a list, or a
 * zone drawn on the map (drawn, redrawn or cleared from here).
 */
export function AreaPicker({ onChange, zone }: AreaPickerProps) {
  const { t } = useTranslation()
  const areas = useIndicatorAreas()
  const [kind, setKind] = useState<Kind>('bassin')
  const [communeText, setCommuneText] = useState('')
  const communes = areas.data?.communes ?? []
  const epcis = areas.data?.epcis ?? []
  const typedCommune = communes.find(
    (commune) => commune.name.toLowerCase() === communeText.trim().toLowerCase(),
  )
  const unknownCommune = kind === 'commune' && communeText.trim() !== '' && areas.data && !typedCommune

  const [epciCode, setEpciCode] = useState('')
  // The area the choices name, once they name a real one (the lists may arrive after the typing).
  const area =
    kind === 'commune'
      ? typedCommune && `commune:${typedCommune.code}`
      : kind === 'epci'
        ? (epciCode || epcis[0]?.code) && `epci:${epciCode || epcis[0]?.code}`
        : kind === 'polygone'
          ? zone.polygon && kind
          : kind
  useEffect(() => {
    // A commune being typed keeps the last figures; the drawn zone's kind without a zone shows none.
    if (area) onChange(area)
    else if (kind === 'polygone') onChange(null)
  }, [area, kind, onChange])
  const vertexCount = (zone.polygon?.coordinates[0]?.length ?? 1) - 1

  return (
    <>
      <FormField id="indicators-area" label={t('indicators.area')}>
        <select
          {...controlProps('indicators-area')}
          value={kind}
          onChange={(event) => setKind(event.target.value as Kind)}
        >
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`indicators.areas.${value}`)}
            </option>
          ))}
        </select>
      </FormField>
      {kind === 'commune' && (
        <FormField
          id="indicators-commune"
          label={t('indicators.commune')}
          hint={t('indicators.communeHint')}
          error={unknownCommune ? t('indicators.communeUnknown') : undefined}
        >
          <input
            {...controlProps('indicators-commune', unknownCommune ? 'x' : undefined, true)}
            list="indicators-communes"
            autoComplete="off"
            value={communeText}
            onChange={(event) => setCommuneText(event.target.value)}
          />
          <datalist id="indicators-communes">
            {communes.map((commune) => (
              <option key={commune.code} value={commune.name} />
            ))}
          </datalist>
        </FormField>
      )}
      {kind === 'epci' && (
        <FormField id="indicators-epci" label={t('indicators.epci')}>
          <select
            {...controlProps('indicators-epci')}
            value={epciCode || epcis[0]?.code}
            onChange={(event) => setEpciCode(event.target.value)}
          >
            {epcis.map((epci) => (
              <option key={epci.code} value={epci.code}>
                {epci.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      {kind === 'polygone' && (
        <div className="form-field indicator-zone-field">
          <p className="form-hint" id="indicators-draw-hint">
            {zone.polygon ? t('indicators.zoneDrawn', { count: vertexCount }) : t('indicators.zoneNone')}{' '}
            {t('indicators.zoneHint')}
          </p>
          <div className="report-zone-actions">
            <button
              id="indicators-draw"
              type="button"
              aria-describedby="indicators-draw-hint"
              onClick={zone.start}
            >
              {t(zone.polygon ? 'indicators.redrawZone' : 'indicators.drawZone')}
            </button>
            {zone.polygon && (
              <button
                type="button"
                onClick={() => {
                  zone.clear()
                  document.getElementById('indicators-draw')?.focus()
                }}
              >
                {t('indicators.clearZone')}
              </button>
            )}
          </div>
        </div>
      )}
    </>
  )
}
