import type { IndicatorAreas, Indicators } from '@heritage-watch/shared'
import { type IndicatorsRequest, indicatorsSearch } from '../lib/indicators-query.ts'
import { type RequestOptions, requestJson } from './request-json.ts'

const contracts = () => import('./indicators-contracts.ts')

/** `GET /indicators`: exact figures for an account (its cookie goes along), guarded ones for a visitor. */
export function fetchIndicators(request: IndicatorsRequest, options: RequestOptions): Promise<Indicators> {
  return requestJson(
    {
      method: 'GET',
      url: `${options.apiBaseUrl}/indicators?${indicatorsSearch(request)}`,
      schema: () => contracts().then((module) => module.IndicatorsSchema),
    },
    options,
  )
}

/** `GET /indicators/areas`: the communes and EPCIs to choose from. */
export function fetchIndicatorAreas(options: RequestOptions): Promise<IndicatorAreas> {
  return requestJson(
    {
      method: 'GET',
      url: `${options.apiBaseUrl}/indicators/areas`,
      schema: () => contracts().then((module) => module.IndicatorAreasSchema),
    },
    options,
  )
}

/** The CSV download of the same figures. */
export const indicatorsCsvUrl = (request: IndicatorsRequest, apiBaseUrl: string) =>
  `${apiBaseUrl}/indicators?${indicatorsSearch(request, 'csv')}`
