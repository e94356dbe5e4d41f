// The words of every ERBM follow-up problem, in one place (STYLE §5).

export const ERBM_MESSAGES = {
  citeNotFound: (id: string) => `no cité of the ERBM layer (cites-erbm) has the id "${id}"`,
  fileNotFound: 'this cité has no such file',
  fileEmpty: (name: string) => `"${name}" is empty`,
  fileType: (name: string, found: string, accepted: readonly string[]) =>
    `"${name}" is ${found}; accepted: ${accepted.join(', ')} (checked on the content)`,
  fileTooLarge: (name: string) => `"${name}" is over 10 MB`,
  fileTooMany: 'too many files: 10 at most',
  multipartUnknownPart: (name: string) => `unknown form part "${name}"`,
  multipartJson: 'must be the request as JSON text',
  multipartJsonMissing: 'the form needs this field, holding the request as JSON text',
  idempotencyKeyFormat: 'must be 1 to 255 printable ASCII characters',
  idempotencyMismatch: 'this Idempotency-Key was already used for another request',
  dossierConflict: (number: string) =>
    `dossier ${number} is already recorded for this cité with another link or label`,
} as const
