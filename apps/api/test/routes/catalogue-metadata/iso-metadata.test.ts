import { DOMParser } from '@xmldom/xmldom'
import { CollectionSchema, COLLECTIONS } from '@heritage-watch/shared'
import * as xpath from 'xpath'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()

const select = xpath.useNamespaces({
  gmd: 'http://www.isotc211.org/2005/gmd',
  gco: 'http://www.isotc211.org/2005/gco',
  gmx: 'http://www.isotc211.org/2005/gmx',
  xlink: 'http://www.w3.org/1999/xlink',
})

/** Fetches a record and parses it; a document that is not well-formed XML fails here. */
async function record(collectionId: string) {
  const response = await server.app.inject({ url: `/collections/${collectionId}/metadata` })
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['content-type']).toBe('application/xml; charset=utf-8')
  const errors: string[] = []
  const document = new DOMParser({
    onError: (level, message) => errors.push(`${level}: ${message}`),
  }).parseFromString(response.body, 'application/xml')
  expect(errors).toEqual([])
  const texts = (path: string) =>
    (select(path, document as unknown as Node) as Node[]).map((node) => node.textContent?.trim() ?? '')
  return { texts, text: (path: string) => texts(path)[0] }
}

const IDENTIFICATION = '/gmd:MD_Metadata/gmd:identificationInfo/gmd:MD_DataIdentification'

describe('GET /collections/{id}/metadata (ISO 19139)', () => {
  it('is linked from the collection as describedby, application/xml', async () => {
    const collection = CollectionSchema.parse(
      (await server.app.inject({ url: '/collections/terrils' })).json(),
    )
    const link = collection.links.find(
      (item) => item.rel === 'describedby' && item.type === 'application/xml',
    )
    expect(link?.href).toMatch(/\/collections\/terrils\/metadata$/)
  })

  it('has the title, abstract, dates, language and contact', async () => {
    const { text } = await record('terrils')
    const terrils = COLLECTIONS.find((collection) => collection.id === 'terrils')
    expect(text('/gmd:MD_Metadata/gmd:fileIdentifier/gco:CharacterString')).toBe('heritage-watch-terrils')
    expect(text(`${IDENTIFICATION}/gmd:citation/gmd:CI_Citation/gmd:title/gco:CharacterString`)).toBe(
      terrils?.title.fr,
    )
    expect(text(`${IDENTIFICATION}/gmd:abstract/gco:CharacterString`)).toBe(terrils?.description.fr)
    expect(text('/gmd:MD_Metadata/gmd:language/gmd:LanguageCode/@codeListValue')).toBe('fre')
    expect(text('/gmd:MD_Metadata/gmd:dateStamp/gco:DateTime')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/)
    expect(
      text(
        `${IDENTIFICATION}/gmd:citation/gmd:CI_Citation/gmd:date/gmd:CI_Date/gmd:dateType/gmd:CI_DateTypeCode/@codeListValue`,
      ),
    ).toBe('revision')
    const party = '/gmd:MD_Metadata/gmd:contact/gmd:CI_ResponsibleParty'
    expect(text(`${party}/gmd:organisationName/gco:CharacterString`)).toBe(
      'Mission Bassin Minier Nord-Pas-de-Calais',
    )
    expect(
      text(`${party}/gmd:contactInfo/gmd:CI_Contact/gmd:address/gmd:CI_Address/gmd:city/gco:CharacterString`),
    ).toBe('Oignies')
  })

  it('carries the INSPIRE theme from the GEMET thesaurus and free keywords', async () => {
    const { text, texts } = await record('puits-de-mines')
    const inspire = `${IDENTIFICATION}/gmd:descriptiveKeywords/gmd:MD_Keywords[gmd:thesaurusName]`
    expect(text(`${inspire}/gmd:keyword/gmx:Anchor/@xlink:href`)).toBe('http://inspire.ec.europa.eu/theme/mr')
    expect(text(`${inspire}/gmd:thesaurusName/gmd:CI_Citation/gmd:title/gmx:Anchor`)).toBe(
      'GEMET - INSPIRE themes, version 1.0',
    )
    expect(
      texts(`${IDENTIFICATION}/gmd:descriptiveKeywords/gmd:MD_Keywords/gmd:keyword/gco:CharacterString`),
    ).toContain('Bassin minier')
    expect(text(`${IDENTIFICATION}/gmd:topicCategory/gmd:MD_TopicCategoryCode`)).toBe(
      'geoscientificInformation',
    )
  })

  it('gives the extent of the data, the same as the collection’s', async () => {
    const { text } = await record('grands-sites')
    const collection = CollectionSchema.parse(
      (await server.app.inject({ url: '/collections/grands-sites' })).json(),
    )
    const [west, south, east, north] = collection.extent?.spatial.bbox[0] ?? []
    const box = `${IDENTIFICATION}/gmd:extent/gmd:EX_Extent/gmd:geographicElement/gmd:EX_GeographicBoundingBox`
    expect(Number(text(`${box}/gmd:westBoundLongitude/gco:Decimal`))).toBe(west)
    expect(Number(text(`${box}/gmd:eastBoundLongitude/gco:Decimal`))).toBe(east)
    expect(Number(text(`${box}/gmd:southBoundLatitude/gco:Decimal`))).toBe(south)
    expect(Number(text(`${box}/gmd:northBoundLatitude/gco:Decimal`))).toBe(north)
  })

  it('states the licence, the lineage from the sources and the online resources', async () => {
    const { text, texts } = await record('grands-sites')
    const licences = texts(
      `${IDENTIFICATION}/gmd:resourceConstraints/gmd:MD_LegalConstraints[gmd:useConstraints]/gmd:otherConstraints/gmx:Anchor`,
    )
    expect(licences).toEqual(['Licence Ouverte / Open Licence 2.0 (Etalab)'])
    const lineage = text(
      '/gmd:MD_Metadata/gmd:dataQualityInfo/gmd:DQ_DataQuality/gmd:lineage/gmd:LI_Lineage/gmd:statement/gco:CharacterString',
    )
    expect(lineage).toContain('Pas-de-Calais Tourisme')
    expect(lineage).toContain('data/seeds/grands_sites.csv')
    const urls = texts(
      '/gmd:MD_Metadata/gmd:distributionInfo/gmd:MD_Distribution/gmd:transferOptions/gmd:MD_DigitalTransferOptions/gmd:onLine/gmd:CI_OnlineResource/gmd:linkage/gmd:URL',
    ).map((url) => new URL(url).pathname + new URL(url).search)
    expect(urls).toEqual([
      '/collections/grands-sites',
      '/collections/grands-sites/items',
      '/collections/grands-sites/items?f=json&limit=10000',
      '/collections/grands-sites/items?f=csv&limit=10000',
      '/collections/grands-sites/items?f=gpkg&limit=10000',
      '/collections/grands-sites/tiles/WebMercatorQuad',
    ])
  })

  it('is well-formed for every collection of the catalogue', async () => {
    for (const collection of COLLECTIONS) {
      const { text } = await record(collection.id)
      expect(text('/gmd:MD_Metadata/gmd:fileIdentifier/gco:CharacterString')).toBe(
        `heritage-watch-${collection.id}`,
      )
    }
  })

  it('answers 404 for a collection the catalogue does not have', async () => {
    const response = await server.app.inject({ url: '/collections/inconnue/metadata' })
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  })
})
