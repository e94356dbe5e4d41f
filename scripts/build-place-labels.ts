// Writes apps/web/public/place-labels.geojson, the names the offline background shows at the opening view
// (issue 11 §7): the two départements and the main towns of the bassin minier, placed from the official
// commune polygons of data/raw (never typed in). Run: npx tsx scripts/build-place-labels.ts
// Provenance and method: data/README.md, "place-labels.geojson".
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { area, booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf'
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson'

const ROOT = path.resolve(import.meta.dirname, '..')
export const PLACE_LABELS_PATH = path.join(ROOT, 'apps/web/public/place-labels.geojson')

/** A "main town": at least this many inhabitants (the `population` of communes-mbm): 8 communes. */
const MAIN_TOWN_POPULATION = 20_000
/** 5 decimals of a degree is about a metre. */
const round = (value: number) => Number(value.toFixed(5))

type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>

function read(name: string): FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>> {
  return JSON.parse(readFileSync(path.join(ROOT, 'data/raw', name), 'utf8'))
}

/** The polygon's centroid, or a point inside it when the centroid falls outside (data/README's method). */
function labelPoint(feature: Area): [number, number] {
  const inside = booleanPointInPolygon(centroid(feature), feature)
    ? centroid(feature)
    : pointOnFeature(feature)
  const [lon = 0, lat = 0] = inside.geometry.coordinates
  return [round(lon), round(lat)]
}

function label(kind: string, name: string, coordinates: [number, number]): Feature<Point> {
  return { type: 'Feature', properties: { kind, name }, geometry: { type: 'Point', coordinates } }
}

/** `rang` 1 is placed first when names collide: the départements, then towns by population. */
function ranked(labels: Feature<Point>[]): Feature<Point>[] {
  return labels.map((feature, index) => ({
    ...feature,
    properties: { ...feature.properties, rang: index + 1 },
  }))
}

/**
 * A département's name sits at the area-weighted centre of its communes in the bassin minier (the
 * whole département reaches far beyond the opening view); it must fall inside the département.
 */
function departementLabel(departement: Area, communes: Area[]): Feature<Point> {
  const code = String(departement.properties.code)
  const own = communes.filter((commune) => String(commune.properties.insee).startsWith(code))
  let [lon, lat, total] = [0, 0, 0]
  for (const commune of own) {
    const weight = area(commune)
    const [x = 0, y = 0] = centroid(commune).geometry.coordinates
    ;[lon, lat, total] = [lon + x * weight, lat + y * weight, total + weight]
  }
  const point: [number, number] = [round(lon / total), round(lat / total)]
  if (!booleanPointInPolygon(point, departement))
    throw new Error(`the label of ${code} falls outside the département`)
  return label('departement', String(departement.properties.nom), point)
}

/** The label collection, départements first, then towns by decreasing population. */
export function buildPlaceLabels(): FeatureCollection<Point> {
  const communes = read('communes-mbm.geojson').features
  const departements = read('departements.geojson').features.map((departement) =>
    departementLabel(departement, communes),
  )
  const towns = communes
    .filter((commune) => Number(commune.properties.population) >= MAIN_TOWN_POPULATION)
    .sort((a, b) => Number(b.properties.population) - Number(a.properties.population))
    .map((commune) => label('ville', String(commune.properties.nom), labelPoint(commune)))
  return { type: 'FeatureCollection', features: ranked([...departements, ...towns]) }
}

export const serializePlaceLabels = (labels: FeatureCollection<Point>) => `${JSON.stringify(labels)}\n`

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  writeFileSync(PLACE_LABELS_PATH, serializePlaceLabels(buildPlaceLabels()))
  console.log(`wrote ${path.relative(ROOT, PLACE_LABELS_PATH)}`)
}
