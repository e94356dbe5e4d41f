// The words of every constats problem, in one place (STYLE §5).

export const ASSESSMENT_MESSAGES = {
  assessmentNotFound: (id: string) => `no constat has the id ${id}, or you may not see it`,
  photoNotFound: (id: string) => `this constat has no photo with the id ${id}`,
  unknownCollection: (id: string) => `collection "${id}" does not exist; see /collections`,
  notAFeatureLayer: (id: string) => `"${id}" is not a layer of features; name a feature of the map`,
  unknownFeature: (collection: string, id: string) =>
    `feature "${id}" does not exist in collection "${collection}"`,
  visitedInFuture: 'must not be after today',
  notAProposal: (status: string) =>
    `the constat is "${status}": only a proposal ("proposee") can be validated or refused`,
  siteNotFound: (id: string) => `no endangered site has the id ${id}`,
  multipartMissing: 'a multipart request needs a field "assessment" holding the constat as JSON',
  multipartJson: 'the "assessment" field is not valid JSON',
  multipartUnknownPart: (name: string) =>
    `unexpected part "${name}": send one "assessment" field and "photo" files only`,
  idempotencyKeyFormat: 'must be 1 to 255 visible ASCII characters (a UUID is a good choice)',
  idempotencyMismatch:
    'this Idempotency-Key was already used for a different request: use a new key for a new constat',
} as const
