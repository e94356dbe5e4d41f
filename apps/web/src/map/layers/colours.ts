/**
 * The map's palette, shared by the style layers and the legend swatches so that both always agree.
 * Families: property = browns, buffer zone = blues, terrils = greys from black (listed) to white (not
 * listed), ERBM = purples, watch = red and gold, sites classés et inscrits = greens, context = neutral.
 */
export const COLOURS = {
  background: '#e3e6e8',
  departementFill: '#f4f2ec',
  departementLine: '#5f6368',
  bassinFill: '#fbf9f3',
  bassinLine: '#3c4043',
  epciLine: '#7e6f9a',
  communeLine: '#b9b4aa',
  label: '#2f3337',
  labelHalo: '#ffffff',

  property: '#8c3b0b',
  propertyFill: '#e07b39',
  pits: '#4e1f06',
  buildings: '#b5651d',
  propertyCites: '#e9a867',
  propertyGreen: '#5d9c45',
  propertyGreenLine: '#2f6b1f',

  buffer: '#1f5f99',
  bufferFill: '#2b7bc0',
  bufferCites: '#9cc3e4',
  bufferCitesLine: '#3d7ebf',
  bufferGreen: '#9fd08a',
  parvis: '#d7e59a',
  parvisLine: '#7f9a2e',

  terrilListed: '#262626',
  terrilPartialBack: '#d9d9d9',
  terrilNotListed: '#f4f3f0',
  terrilLine: '#6b6760',
  terrilOutsideLine: '#000000',

  siteClasse: '#0f6b5c',
  siteClasseFill: '#3aa88f',
  siteInscrit: '#7a8f1a',

  erbmYes: '#7b3294',
  erbmPartial: '#c2a5cf',
  erbmNo: '#efe6f1',
  erbmLine: '#5e2475',
  erbmPriority: '#2d0a3a',
  citesOther: '#c9c5bd',
  citesOtherLine: '#77736b',

  danger: '#d0021b',
  grandSite: '#f2b01e',
  grandSiteLine: '#5c3d00',
  shaft: '#1d2b33',

  highlight: '#d4007f',
  highlightHalo: '#ffffff',
} as const
