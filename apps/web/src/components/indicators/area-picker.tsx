import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useIndicatorAreas } from '../../hooks/use-indicator-areas.ts'
import { controlProps, FormField } from '../watch/form-field.tsx'

const KINDS = ['bassin', 'commune', 'epci', 'bien', 'zone-tampon'] as const
type Kind = (typeof KINDS)[number]

/**
 * The area of the indicators: a kind, then a commune typed with suggestions or an EPCI from a list.
 * `onChange` gets the API's area value (`commune:62498`) once it names a real area.
 */
export function AreaPicker({ onChange }: { onChange: (area: string) => void }) {
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
        : kind
  useEffect(() => {
    if (area) onChange(area)
  }, [area, onChange])

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
    </>
  )
}
