import {
  ALERTS_COLLECTION_ID,
  ASSESSMENTS_COLLECTION_ID,
  FeatureCollectionSchema,
} from '@heritage-watch/shared'
import { parse } from 'csv-parse/sync'
import initSqlJs from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert, multipartBody, pngImage, TERRIL_74A_ALERT } from '../alerts/alert-fixtures.ts'

// Exports of the private collections (issue 11 §3): the caller's own alerts only, with their
// description, comment count and photo links; points and polygons in separate GeoPackage layers.

const server = useTestApp()
const accounts = useAccounts(server)

const PATH = `/collections/${ALERTS_COLLECTION_ID}/items`
// Each partner session has an organisation of its own: partner A's exports hold this file's alerts only.
const MARK = 'Export'
let partnerA: Session
let partnerB: Session
let officer: Session
let withPhoto: string
let pinned: string
let ofB: string

const csvRows = (text: string, delimiter: string) =>
  parse(text.replace(/^\uFEFF/, ''), { delimiter, columns: true }) as Record<string, string>[]

beforeAll(async () => {
  partnerA = await accounts.session('partner')
  partnerB = await accounts.session('partner')
  officer = await accounts.session('officer')
  const form = multipartBody(
    { ...TERRIL_74A_ALERT, title: `${MARK} photo`, description: 'Dépôt sauvage au pied du terril.' },
    [{ filename: 'a.png', contentType: 'image/png', content: pngImage() }],
  )
  const created = await server.app.inject({
    method: 'POST',
    url: '/alerts',
    headers: { ...partnerA.headers, 'content-type': form.contentType },
    payload: form.payload,
  })
  expect(created.statusCode, created.body).toBe(201)
  withPhoto = (created.json() as { id: string }).id
  for (const body of ['Vu.', 'Revu.']) {
    const comment = await server.app.inject({
      method: 'POST',
      url: `/alerts/${withPhoto}/comments`,
      headers: partnerA.headers,
      payload: { body },
    })
    expect(comment.statusCode, comment.body).toBe(200)
  }
  pinned = (
    await createAlert(server.app, partnerA, {
      title: `${MARK} épingle`,
      features: [],
      geometry: { type: 'Point', coordinates: [2.771748, 50.443281] },
    })
  ).id
  ofB = (await createAlert(server.app, partnerB, { title: `${MARK} autre organisation` })).id
})

const get = (session: Session | undefined, url: string) =>
  server.app.inject({ url, headers: session?.headers ?? {} })

describe('GET /collections/alertes/items?f=csv|gpkg', () => {
  it('answers 401 to anonymous callers', async () => {
    expectProblem(await get(undefined, `${PATH}?f=csv`), 401)
    expectProblem(await get(undefined, `${PATH}?f=gpkg`), 401)
  })

  it('writes a partner only its organisation’s alerts, in French, with description, comments and photo links', async () => {
    const response = await get(partnerA, `${PATH}?f=csv`)
    expect(response.statusCode, response.body).toBe(200)
    expect(response.headers['content-disposition']).toBe('attachment; filename="alertes.csv"')
    expect(response.body.startsWith('\uFEFF')).toBe(true)
    const rows = csvRows(response.body, ';')
    expect(rows.map((row) => row.Identifiant).sort()).toEqual([withPhoto, pinned].sort())
    const row = rows.find((candidate) => candidate.Identifiant === withPhoto)
    expect(row?.Description).toBe('Dépôt sauvage au pied du terril.')
    expect(row?.['Nombre de commentaires']).toBe('2')
    expect(row?.['Liens des photos']).toMatch(
      new RegExp(`^http://localhost(:\\d+)?/alerts/${withPhoto}/photos/[0-9a-f-]{36}$`),
    )
    expect(row?.Statut).toBe('Nouvelle')
    const photo = await get(partnerA, new URL(row?.['Liens des photos'] ?? '').pathname)
    expect(photo.statusCode).toBe(200)
    expect(photo.headers['content-type']).toBe('image/png')
  })

  it('writes an officer every organisation’s alerts, and the international form on demand', async () => {
    const response = await get(officer, `${PATH}?f=csv&csv=international`)
    const rows = csvRows(response.body, ',')
    expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining([withPhoto, pinned, ofB]))
    const ofPartnerB = csvRows((await get(partnerB, `${PATH}?f=csv`)).body, ';')
    expect(ofPartnerB.map((row) => row.Identifiant)).toEqual([ofB])
    expect(rows.find((row) => row.id === withPhoto)?.status).toBe('nouvelle')
    expect(rows.find((row) => row.id === withPhoto)?.commentCount).toBe('2')
  })

  it('holds as many alerts as the GeoJSON counts, the page only when limit is given', async () => {
    const geojson = FeatureCollectionSchema.parse((await get(officer, `${PATH}?limit=1`)).json())
    const all = await get(officer, `${PATH}?f=csv&csv=international`)
    expect(csvRows(all.body, ',')).toHaveLength(geojson.numberMatched ?? -1)
    expect(all.headers['ogc-numbermatched']).toBe(String(geojson.numberMatched))
    const page = await get(officer, `${PATH}?f=csv&csv=international&limit=2&offset=1`)
    expect(csvRows(page.body, ',').map((row) => row.id)).toEqual(
      FeatureCollectionSchema.parse((await get(officer, `${PATH}?limit=2&offset=1`)).json()).features.map(
        (feature) => feature.id,
      ),
    )
  })

  it('puts pins and drawn zones or features’ polygons in separate GeoPackage layers', async () => {
    const response = await get(partnerA, `${PATH}?f=gpkg`)
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200)
    const SQL = await initSqlJs()
    const db = new SQL.Database(response.rawPayload)
    const layers = db.exec('SELECT table_name FROM gpkg_contents ORDER BY table_name')[0]?.values.flat()
    expect(layers).toEqual(['alertes_points', 'alertes_polygones'])
    expect(db.exec('SELECT id FROM alertes_points')[0]?.values.flat()).toEqual([pinned])
    expect(db.exec('SELECT id, commentCount FROM alertes_polygones')[0]?.values).toEqual([[withPhoto, 2]])
    db.close()
  })

  it('exports the constats the caller may see as well', async () => {
    const response = await get(officer, `/collections/${ASSESSMENTS_COLLECTION_ID}/items?f=csv&limit=3`)
    expect(response.statusCode, response.body).toBe(200)
    const geojson = FeatureCollectionSchema.parse(
      (await get(officer, `/collections/${ASSESSMENTS_COLLECTION_ID}/items?limit=3`)).json(),
    )
    expect(csvRows(response.body, ';').map((row) => row.Identifiant)).toEqual(
      geojson.features.map((feature) => feature.id),
    )
  })
})

describe('GET /alerts?f=csv|geojson', () => {
  it('gains the description, the comment count and the photos’ absolute links', async () => {
    const rows = csvRows((await get(partnerA, '/alerts?f=csv&csv=international')).body, ',')
    const row = rows.find((candidate) => candidate.id === withPhoto)
    expect(row?.description).toBe('Dépôt sauvage au pied du terril.')
    expect(row?.commentCount).toBe('2')
    expect(row?.photoUrls).toMatch(new RegExp(`^http://localhost(:\\d+)?/alerts/${withPhoto}/photos/`))
    expect(rows.map((candidate) => candidate.id)).not.toContain(ofB)
    const geojson = (await get(partnerA, '/alerts?f=geojson')).json() as {
      features: { id: string; properties: { commentCount: number; photoUrls: string[] } }[]
    }
    const feature = geojson.features.find((candidate) => candidate.id === withPhoto)
    expect(feature?.properties.commentCount).toBe(2)
    expect(feature?.properties.photoUrls).toHaveLength(1)
  })

  it('is French by default: semicolons, BOM, French headers and labels', async () => {
    const response = await get(partnerA, '/alerts?f=csv')
    expect(response.body.startsWith('\uFEFFRéférence;Titre;Description;')).toBe(true)
    const row = csvRows(response.body, ';').find((candidate) => candidate.Identifiant === withPhoto)
    expect(row?.Statut).toBe('Nouvelle')
    expect(row?.['Nombre de commentaires']).toBe('2')
    expect(row?.Longitude).toMatch(/^2,\d+$/)
  })
})
