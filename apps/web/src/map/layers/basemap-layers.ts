import type { LayerSpecification, RasterSourceSpecification } from 'maplibre-gl'
import { BASEMAP_LAYER_ID } from '../ids.ts'

/** The external raster basemaps that configuration can switch on; `none` (the default) keeps the map offline. */
const BASEMAP_CHOICES = ['none', 'osm', 'plan-ign'] as const
export type Basemap = (typeof BASEMAP_CHOICES)[number]

export interface BasemapDefinition {
  source: RasterSourceSpecification
  /** Shown in the attribution line whenever the basemap is on. */
  attribution: { text: string; url: string }
}

export const BASEMAPS: Record<Exclude<Basemap, 'none'>, BasemapDefinition> = {
  osm: {
    source: {
      type: 'raster',
      tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
      tileSize: 256,
      maxzoom: 19,
    },
    attribution: { text: '© OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright' },
  },
  'plan-ign': {
    source: {
      type: 'raster',
      tiles: [
        'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
      ],
      tileSize: 256,
      maxzoom: 19,
    },
    attribution: { text: '© IGN – Plan IGN', url: 'https://geoservices.ign.fr/planign' },
  },
}

/**
 * Reads the VITE_BASEMAP setting.
 * @returns the basemap, or `none` for anything unset or unknown (the map then needs no network but the API)
 */
export function parseBasemap(value: unknown): Basemap {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : ''
  return (BASEMAP_CHOICES as readonly string[]).includes(text) ? (text as Basemap) : 'none'
}

/** The raster layer of a basemap, slightly faded so that the heritage layers stay readable. */
export function basemapLayer(sourceId: string): LayerSpecification {
  return {
    id: BASEMAP_LAYER_ID,
    type: 'raster',
    source: sourceId,
    paint: { 'raster-opacity': 0.75, 'raster-saturation': -0.4 },
  }
}
