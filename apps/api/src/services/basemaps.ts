import { type Basemap, BASEMAP_IDS, type Basemaps } from '@heritage-watch/shared'
import type { Config, HistoricalLayer } from '../config.ts'

export type BasemapsConfig = Pick<
  Config,
  | 'BASEMAP_PLAN_IGN_URL'
  | 'BASEMAP_ORTHO_IGN_URL'
  | 'BASEMAP_OSM_URL'
  | 'BASEMAP_IGN_1950_URL'
  | 'BASEMAP_HISTORICAL_WMS_URL'
  | 'BASEMAP_HISTORICAL_LAYERS'
>

const IGN_ATTRIBUTION = { url: 'https://geoservices.ign.fr/cgu-licences' }

/**
 * A WMS 1.3.0 GetMap template in Web Mercator, one 256-pixel tile per request: MapLibre fills in
 * `{bbox-epsg-3857}`. EPSG:3857 axes are east, north, so 1.3.0's axis order changes nothing.
 */
function wmsTileTemplate(serviceUrl: string, layer: string): string {
  const url = new URL(serviceUrl)
  const parameters = new URLSearchParams({
    SERVICE: 'WMS',
    VERSION: '1.3.0',
    REQUEST: 'GetMap',
    LAYERS: layer,
    STYLES: '',
    CRS: 'EPSG:3857',
    WIDTH: '256',
    HEIGHT: '256',
    FORMAT: 'image/jpeg',
  })
  for (const [name, value] of parameters) url.searchParams.set(name, value)
  return `${url.toString()}&BBOX={bbox-epsg-3857}`
}

/** `1949-1955` → `historique-1949-1955`; anything else in a label becomes a hyphen. */
function historicalId(label: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `historique-${slug}`.slice(0, 40)
}

function historical(config: BasemapsConfig, { label, layer }: HistoricalLayer): Basemap {
  return {
    id: historicalId(label),
    group: 'historical',
    label: label.replace(/(\d)-(\d)/g, '$1–$2'),
    tiles: [wmsTileTemplate(config.BASEMAP_HISTORICAL_WMS_URL, layer)],
    tileSize: 256,
    maxzoom: 19,
    attribution: { text: `Géo2France – orthophotographie ${label}`, url: 'https://www.geo2france.fr/' },
  }
}

/** A basemap of today's maps or imagery; null when its URL is configured `off`. */
function currentBasemap(
  url: string | null,
  basemap: Pick<Basemap, 'id' | 'label' | 'attribution'>,
): Basemap | null {
  return url ? { ...basemap, group: 'current', tiles: [url], tileSize: 256, maxzoom: 19 } : null
}

/**
 * The basemaps this server offers, from its configuration, in menu order: Plan IGN, IGN orthophotos,
 * OpenStreetMap (each unless configured `off`), then the historical photographs: IGN's 1950–1965
 * (unless `off`) and the WMS layers configured.
 */
export function listBasemaps(config: BasemapsConfig): Basemaps {
  const current: Array<Basemap | null> = [
    currentBasemap(config.BASEMAP_PLAN_IGN_URL, {
      id: BASEMAP_IDS.planIgn,
      label: 'Plan IGN',
      attribution: { text: '© IGN – Plan IGN', ...IGN_ATTRIBUTION },
    }),
    currentBasemap(config.BASEMAP_ORTHO_IGN_URL, {
      id: BASEMAP_IDS.orthoIgn,
      label: 'Orthophotos IGN',
      attribution: { text: '© IGN – BD ORTHO®', ...IGN_ATTRIBUTION },
    }),
    currentBasemap(config.BASEMAP_OSM_URL, {
      id: BASEMAP_IDS.osm,
      label: 'OpenStreetMap',
      attribution: {
        text: '© les contributeurs d’OpenStreetMap',
        url: 'https://www.openstreetmap.org/copyright',
      },
    }),
  ]
  const ign1950: Basemap | null = config.BASEMAP_IGN_1950_URL
    ? {
        id: BASEMAP_IDS.ign1950,
        group: 'historical',
        label: '1950–1965',
        tiles: [config.BASEMAP_IGN_1950_URL],
        tileSize: 256,
        // The Géoplateforme serves this layer to zoom 18; MapLibre enlarges its tiles beyond.
        maxzoom: 18,
        attribution: { text: '© IGN – photographies aériennes 1950–1965', ...IGN_ATTRIBUTION },
      }
    : null
  const basemaps = [
    ...current.filter((basemap) => basemap !== null),
    ...(ign1950 ? [ign1950] : []),
    ...config.BASEMAP_HISTORICAL_LAYERS.map((layer) => historical(config, layer)),
  ]
  return { basemaps, compareWith: config.BASEMAP_ORTHO_IGN_URL ? BASEMAP_IDS.orthoIgn : null }
}
