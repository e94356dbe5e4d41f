import type { MapFrameRow, MapLayerRow } from '../db/sheet-rows.ts'
import { escapeHtml, formatNumber } from './sheet-format.ts'

// The map extract of a sheet as one SVG: the paths PostGIS wrote in Lambert-93 (y already negated) inside
// a viewBox on the frame, with a scale bar and a north arrow drawn in the picture's own pixels. Strokes
// keep their width whatever the scale (vector-effect), so a terril and a whole component print alike.

const WIDTH = 640
const STYLE: Record<MapLayerRow['layer'] | 'feature', { fill: string; stroke: string; width: number }> = {
  zone_tampon: { fill: '#e4d6f0', stroke: '#7b4fa0', width: 0.8 },
  composante: { fill: '#f6c9a4', stroke: '#c55a11', width: 0.8 },
  element: { fill: '#e8955a', stroke: '#8a3b0c', width: 0.6 },
  feature: { fill: 'rgba(192, 0, 0, 0.28)', stroke: '#b00000', width: 2.4 },
}
/** Lengths the scale bar may take, in metres. */
const NICE_LENGTHS = [50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000]

/** The legend's entries, in the map's drawing order. */
export const MAP_LEGEND: { key: keyof typeof STYLE; label: string }[] = [
  { key: 'feature', label: 'Entité de la fiche' },
  { key: 'element', label: 'Éléments du bien inscrit' },
  { key: 'composante', label: 'Composantes du bien inscrit' },
  { key: 'zone_tampon', label: 'Zone tampon' },
]

export const legendSwatch = (key: keyof typeof STYLE) =>
  `<span class="swatch" style="background:${STYLE[key].fill};border-color:${STYLE[key].stroke}"></span>`

function shape(path: string, dimension: number, key: keyof typeof STYLE): string {
  const style = STYLE[key]
  const fill = dimension === 2 ? style.fill : 'none'
  const width = dimension === 2 ? style.width : style.width + 1.2
  return `<path d="${escapeHtml(path)}" fill="${fill}" fill-rule="evenodd" stroke="${style.stroke}" stroke-width="${width}" vector-effect="non-scaling-stroke" stroke-linejoin="round"/>`
}

/** The longest nice length that fits in a quarter of the frame. */
function scaleLength(frameWidthM: number): number {
  return NICE_LENGTHS.filter((length) => length <= frameWidthM / 4).pop() ?? NICE_LENGTHS[0]!
}

function scaleBar(frameWidthM: number, height: number): string {
  const length = scaleLength(frameWidthM)
  const pixels = (length / frameWidthM) * WIDTH
  const label = length >= 1000 ? `${formatNumber(length / 1000)} km` : `${length} m`
  const y = height - 18
  return `<g class="scale" font-size="12"><rect x="10" y="${y - 16}" width="${pixels + 20}" height="30" fill="#fff" fill-opacity="0.85"/>
<path d="M20 ${y}h${pixels}M20 ${y - 5}v10M${20 + pixels} ${y - 5}v10M${20 + pixels / 2} ${y - 3}v6" stroke="#000" stroke-width="1.5" fill="none"/>
<text x="${20 + pixels / 2}" y="${y + 12}" text-anchor="middle">${escapeHtml(label)}</text></g>`
}

function northArrow(): string {
  const x = WIDTH - 28
  return `<g class="north" aria-label="Nord"><circle cx="${x}" cy="32" r="19" fill="#fff" fill-opacity="0.85"/>
<path d="M${x} 16l8 22l-8 -6l-8 6z" fill="#000"/><text x="${x}" y="48" font-size="11" text-anchor="middle" font-weight="bold">N</text></g>`
}

/** The map extract, or a sentence when the feature has no geometry to draw. */
export function mapExtractSvg(
  map: { frame: MapFrameRow; layers: MapLayerRow[] } | undefined,
  label: string,
): string {
  if (!map) return '<p>Cette entité n’a pas de géométrie à cartographier.</p>'
  const { frame, layers } = map
  const widthM = frame.xMax - frame.xMin
  const heightM = frame.yMax - frame.yMin
  const height = Math.round((WIDTH * heightM) / widthM)
  const viewBox = [frame.xMin, -frame.yMax, widthM, heightM].map((value) => value.toFixed(1)).join(' ')
  const own =
    frame.dimension === 0
      ? `<circle cx="${frame.x.toFixed(1)}" cy="${frame.y.toFixed(1)}" r="${(widthM / 90).toFixed(1)}" fill="${STYLE.feature.fill}" stroke="${STYLE.feature.stroke}" stroke-width="${STYLE.feature.width}" vector-effect="non-scaling-stroke"/>`
      : shape(frame.path, frame.dimension, 'feature')
  return `<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(`Extrait de carte : ${label}, le bien inscrit et la zone tampon`)}" font-family="DejaVu Sans, Arial, sans-serif">
<rect width="${WIDTH}" height="${height}" fill="#f8f7f2"/>
<svg x="0" y="0" width="${WIDTH}" height="${height}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">
${layers.map((layer) => shape(layer.path, layer.dimension, layer.layer)).join('\n')}
${own}
</svg>
${scaleBar(widthM, height)}
${northArrow()}
<rect width="${WIDTH}" height="${height}" fill="none" stroke="#555" stroke-width="1"/>
</svg>`
}
