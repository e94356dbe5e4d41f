import { type CollectionDefinition, DATA_LICENCE, STORAGE_CRS } from '@heritage-watch/shared'
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
import type { MetadataContact } from './contact.ts'
import { INSPIRE_THESAURUS, inspireTheme, topicCategory } from './inspire-themes.ts'
import { lineageStatement } from './lineage.ts'
import type { OnlineResource } from './resources.ts'

// The ISO 19139 (ISO 19115:2003 in XML) record of a collection, with what the INSPIRE metadata
// technical guidelines and the Géo2France and data.gouv.fr harvesters read. Built with xmlbuilder2,
// which escapes every text and attribute: no value is ever concatenated into XML.

const NAMESPACES = {
  'xmlns:gco': 'http://www.isotc211.org/2005/gco',
  'xmlns:gmx': 'http://www.isotc211.org/2005/gmx',
  'xmlns:xlink': 'http://www.w3.org/1999/xlink',
  'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
  'xsi:schemaLocation':
    'http://www.isotc211.org/2005/gmd http://schemas.opengis.net/csw/2.0.2/profiles/apiso/1.0.0/apiso.xsd',
}
const GMD = 'http://www.isotc211.org/2005/gmd'
const CODE_LISTS = 'http://standards.iso.org/iso/19139/resources/gmxCodelists.xml'

export interface CollectionRecordInput {
  collection: CollectionDefinition
  /** CRS84 extent from the data, or null when the collection has no geometry. */
  bbox: [number, number, number, number] | null
  /** When the data was last loaded (ISO 8601). */
  updated: string
  contact: MetadataContact
  resources: OnlineResource[]
  /** The URL of the collection, its identifier. */
  identifier: string
}

const text = (parent: XMLBuilder, name: string, value: string) =>
  parent.ele(name).ele('gco:CharacterString').txt(value).up().up()

/** A code list value; languages use ISO 639-2, as the INSPIRE technical guidelines ask. */
const code = (parent: XMLBuilder, name: string, list: string, value: string) => {
  const codeList =
    list === 'LanguageCode' ? 'http://www.loc.gov/standards/iso639-2/' : `${CODE_LISTS}#${list}`
  parent.ele(name).ele(`gmd:${list}`, { codeList, codeListValue: value }).txt(value)
}

const date = (parent: XMLBuilder, value: string, type: string) => {
  const ciDate = parent.ele('gmd:date').ele('gmd:CI_Date')
  ciDate.ele('gmd:date').ele('gco:Date').txt(value.slice(0, 10))
  code(ciDate, 'gmd:dateType', 'CI_DateTypeCode', type)
}

function party(parent: XMLBuilder, name: string, contact: MetadataContact, role: string) {
  const responsible = parent.ele(name).ele('gmd:CI_ResponsibleParty')
  text(responsible, 'gmd:organisationName', contact.organisation)
  const address = responsible
    .ele('gmd:contactInfo')
    .ele('gmd:CI_Contact')
    .ele('gmd:address')
    .ele('gmd:CI_Address')
  text(address, 'gmd:deliveryPoint', contact.deliveryPoint)
  text(address, 'gmd:city', contact.city)
  text(address, 'gmd:postalCode', contact.postalCode)
  text(address, 'gmd:country', contact.country)
  if (contact.email) text(address, 'gmd:electronicMailAddress', contact.email)
  code(responsible, 'gmd:role', 'CI_RoleCode', role)
}

function keywords(parent: XMLBuilder, input: CollectionRecordInput) {
  const free = parent.ele('gmd:descriptiveKeywords').ele('gmd:MD_Keywords')
  for (const word of [
    'Bassin minier',
    'Nord-Pas-de-Calais',
    'patrimoine mondial',
    'UNESCO',
    input.collection.group,
  ])
    text(free, 'gmd:keyword', word)
  code(free, 'gmd:type', 'MD_KeywordTypeCode', 'theme')
  const theme = inspireTheme(input.collection)
  const inspire = parent.ele('gmd:descriptiveKeywords').ele('gmd:MD_Keywords')
  inspire.ele('gmd:keyword').ele('gmx:Anchor', { 'xlink:href': theme.uri }).txt(theme.label)
  code(inspire, 'gmd:type', 'MD_KeywordTypeCode', 'theme')
  const thesaurus = inspire.ele('gmd:thesaurusName').ele('gmd:CI_Citation')
  thesaurus
    .ele('gmd:title')
    .ele('gmx:Anchor', { 'xlink:href': INSPIRE_THESAURUS.uri })
    .txt(INSPIRE_THESAURUS.title)
  date(thesaurus, INSPIRE_THESAURUS.publication, 'publication')
}

function constraints(parent: XMLBuilder) {
  const legal = parent.ele('gmd:resourceConstraints').ele('gmd:MD_LegalConstraints')
  code(legal, 'gmd:accessConstraints', 'MD_RestrictionCode', 'otherRestrictions')
  legal
    .ele('gmd:otherConstraints')
    .ele('gmx:Anchor', {
      'xlink:href': 'http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/noLimitations',
    })
    .txt('Pas de restriction d’accès public')
  const use = parent.ele('gmd:resourceConstraints').ele('gmd:MD_LegalConstraints')
  code(use, 'gmd:useConstraints', 'MD_RestrictionCode', 'otherRestrictions')
  use.ele('gmd:otherConstraints').ele('gmx:Anchor', { 'xlink:href': DATA_LICENCE.url }).txt(DATA_LICENCE.name)
}

function extent(parent: XMLBuilder, bbox: [number, number, number, number] | null) {
  if (!bbox) return
  const box = parent
    .ele('gmd:extent')
    .ele('gmd:EX_Extent')
    .ele('gmd:geographicElement')
    .ele('gmd:EX_GeographicBoundingBox')
  const [west, south, east, north] = bbox
  box.ele('gmd:westBoundLongitude').ele('gco:Decimal').txt(String(west))
  box.ele('gmd:eastBoundLongitude').ele('gco:Decimal').txt(String(east))
  box.ele('gmd:southBoundLatitude').ele('gco:Decimal').txt(String(south))
  box.ele('gmd:northBoundLatitude').ele('gco:Decimal').txt(String(north))
}

function distribution(parent: XMLBuilder, resources: OnlineResource[]) {
  const md = parent.ele('gmd:distributionInfo').ele('gmd:MD_Distribution')
  const format = md.ele('gmd:distributionFormat').ele('gmd:MD_Format')
  text(format, 'gmd:name', 'GeoJSON')
  text(format, 'gmd:version', 'RFC 7946')
  const options = md.ele('gmd:transferOptions').ele('gmd:MD_DigitalTransferOptions')
  for (const resource of resources) {
    const online = options.ele('gmd:onLine').ele('gmd:CI_OnlineResource')
    online.ele('gmd:linkage').ele('gmd:URL').txt(resource.url)
    text(online, 'gmd:protocol', resource.protocol)
    text(online, 'gmd:name', resource.name)
    text(online, 'gmd:description', resource.description)
    code(online, 'gmd:function', 'CI_OnLineFunctionCode', resource.download ? 'download' : 'information')
  }
}

/**
 * The ISO 19139 XML record of a collection.
 * @returns the XML document, UTF-8, indented
 */
export function collectionIsoRecord(input: CollectionRecordInput): string {
  const { collection } = input
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GMD, 'gmd:MD_Metadata', NAMESPACES)
  text(root, 'gmd:fileIdentifier', `heritage-watch-${collection.id}`)
  code(root, 'gmd:language', 'LanguageCode', 'fre')
  code(root, 'gmd:characterSet', 'MD_CharacterSetCode', 'utf8')
  code(root, 'gmd:hierarchyLevel', 'MD_ScopeCode', 'dataset')
  party(root, 'gmd:contact', input.contact, 'pointOfContact')
  root.ele('gmd:dateStamp').ele('gco:DateTime').txt(input.updated.slice(0, 19))
  text(root, 'gmd:metadataStandardName', 'ISO 19115:2003/19139')
  text(root, 'gmd:metadataStandardVersion', '1.0')
  const crs = root
    .ele('gmd:referenceSystemInfo')
    .ele('gmd:MD_ReferenceSystem')
    .ele('gmd:referenceSystemIdentifier')
    .ele('gmd:RS_Identifier')
  crs.ele('gmd:code').ele('gmx:Anchor', { 'xlink:href': STORAGE_CRS }).txt('WGS 84 (CRS84)')

  const identification = root.ele('gmd:identificationInfo').ele('gmd:MD_DataIdentification')
  const citation = identification.ele('gmd:citation').ele('gmd:CI_Citation')
  text(citation, 'gmd:title', collection.title.fr)
  date(citation, input.updated, 'revision')
  const identifier = citation.ele('gmd:identifier').ele('gmd:MD_Identifier')
  text(identifier, 'gmd:code', input.identifier)
  text(identification, 'gmd:abstract', collection.description.fr)
  party(identification, 'gmd:pointOfContact', input.contact, 'custodian')
  keywords(identification, input)
  constraints(identification)
  code(identification, 'gmd:spatialRepresentationType', 'MD_SpatialRepresentationTypeCode', 'vector')
  code(identification, 'gmd:language', 'LanguageCode', 'fre')
  code(identification, 'gmd:characterSet', 'MD_CharacterSetCode', 'utf8')
  identification.ele('gmd:topicCategory').ele('gmd:MD_TopicCategoryCode').txt(topicCategory(collection))
  extent(identification, input.bbox)

  distribution(root, input.resources)

  const quality = root.ele('gmd:dataQualityInfo').ele('gmd:DQ_DataQuality')
  code(quality.ele('gmd:scope').ele('gmd:DQ_Scope'), 'gmd:level', 'MD_ScopeCode', 'dataset')
  text(quality.ele('gmd:lineage').ele('gmd:LI_Lineage'), 'gmd:statement', lineageStatement(collection))
  return root.end({ prettyPrint: true })
}
