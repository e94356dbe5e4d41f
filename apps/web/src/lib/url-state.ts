/**
 * What the address bar holds, so that a link reproduces the view:
 * `?carte=zoom/lat/lon&couches=id1,id2&objet=collection/featureId&fond=plan-ign`.
 * A missing `carte` means the default view (or the selected feature's extent), a missing `couches`
 * the default layers; `couches=` (empty) means no layer at all; a missing `fond` the remembered
 * basemap, or the offline background.
 */
import { BASEMAP_ID_PATTERN } from '@heritage-watch/shared'

/** The map's camera: zoom, then latitude and longitude in degrees (as OpenStreetMap writes it). */
export interface MapViewState {
  zoom: number
  lat: number
  lon: number
}

/** A feature of the OGC API, as the URL and the record name it. */
export interface FeatureRef {
  collection: string
  id: string
}

export interface UrlState {
  view?: MapViewState
  /** Ids of the visible map layers (registry ids); undefined when the URL does not say. */
  layers?: string[]
  selection?: FeatureRef
  /** The basemap's id (`hors-ligne` for the offline background), checked against the server's list later. */
  basemap?: string
}

const URL_PARAMETERS = { view: 'carte', layers: 'couches', selection: 'objet', basemap: 'fond' } as const

export interface UrlStateVocabulary {
  layerIds: readonly string[]
  collectionIds: readonly string[]
}

const ZOOM_DECIMALS = 2
// 5 decimals of a degree is about a metre: enough to put the map back where it was.
const DEGREE_DECIMALS = 5

function parseView(value: string | null): MapViewState | undefined {
  if (!value) return undefined
  const parts = value.split('/')
  if (parts.length !== 3 || parts.some((part) => part.trim() === '')) return undefined
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number]
  if (![zoom, lat, lon].every(Number.isFinite)) return undefined
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85.06 || Math.abs(lon) > 180) return undefined
  return { zoom, lat, lon }
}

function parseLayers(value: string | null, known: readonly string[]): string[] | undefined {
  if (value === null) return undefined
  const wanted = new Set(value.split(',').map((id) => id.trim()))
  return known.filter((id) => wanted.has(id))
}

function parseSelection(value: string | null, collections: readonly string[]): FeatureRef | undefined {
  if (!value) return undefined
  const slash = value.indexOf('/')
  if (slash <= 0 || slash === value.length - 1) return undefined
  const collection = value.slice(0, slash)
  const id = value.slice(slash + 1)
  return collections.includes(collection) ? { collection, id } : undefined
}

/**
 * Reads the state from a query string; anything malformed or unknown is left out rather than guessed.
 * @param search `location.search`, with or without its leading `?`
 * @param vocabulary the registry's layer ids (their order is kept) and the catalogue's collection ids
 */
export function parseUrlState(search: string, vocabulary: UrlStateVocabulary): UrlState {
  const parameters = new URLSearchParams(search)
  const state: UrlState = {}
  const view = parseView(parameters.get(URL_PARAMETERS.view))
  const layers = parseLayers(parameters.get(URL_PARAMETERS.layers), vocabulary.layerIds)
  const selection = parseSelection(parameters.get(URL_PARAMETERS.selection), vocabulary.collectionIds)
  if (view) state.view = view
  if (layers) state.layers = layers
  if (selection) state.selection = selection
  const basemap = parameters.get(URL_PARAMETERS.basemap)
  if (basemap && BASEMAP_ID_PATTERN.test(basemap)) state.basemap = basemap
  return state
}

/** Escapes a value for the query string but keeps `/` and `,`, which are legal there and readable. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%2C/gi, ',')
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals))

/**
 * Writes the state as a query string (rounded: zoom to 2 decimals, degrees to 5).
 * @returns e.g. `?carte=9.2/50.45/2.975&couches=zone-tampon,terrils&objet=terrils/74A`, or '' for no state
 */
export function serializeUrlState(state: UrlState): string {
  const parts: string[] = []
  if (state.view) {
    const { zoom, lat, lon } = state.view
    const view = [round(zoom, ZOOM_DECIMALS), round(lat, DEGREE_DECIMALS), round(lon, DEGREE_DECIMALS)]
    parts.push(`${URL_PARAMETERS.view}=${view.join('/')}`)
  }
  if (state.layers) parts.push(`${URL_PARAMETERS.layers}=${encodeValue(state.layers.join(','))}`)
  if (state.selection) {
    const { collection, id } = state.selection
    parts.push(`${URL_PARAMETERS.selection}=${encodeValue(`${collection}/${id}`)}`)
  }
  if (state.basemap) parts.push(`${URL_PARAMETERS.basemap}=${state.basemap}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

/** Whether two references name the same feature (both absent counts as the same). */
export function sameFeature(a: FeatureRef | null | undefined, b: FeatureRef | null | undefined): boolean {
  return a?.collection === b?.collection && a?.id === b?.id
}
