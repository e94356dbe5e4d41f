// The words of every accounts problem, in one place (STYLE §5: message templates as constants).

export const ACCOUNT_MESSAGES = {
  /** The same words for an unknown email and a wrong password, so that neither tells which it was. */
  wrongCredentials: 'email or password is wrong',
  accountDisabled: 'this account is disabled; ask an administrator',
  loginRequired:
    'log in first (POST /auth/login), or send a personal API token as "Authorization: Bearer hw_…"',
  sessionUnknown: 'session unknown or ended (logged out); log in again',
  sessionExpired: 'session expired; log in again',
  noSessionToEnd: 'no session to end: log in first; API tokens are revoked with DELETE /auth/tokens/{id}',
  tokenInvalid: 'API token unknown or malformed',
  tokenRevoked: 'API token revoked',
  csrfMissing:
    'missing X-CSRF-Token header: send the csrfToken given by POST /auth/login or GET /auth/me with every write',
  csrfWrong: "X-CSRF-Token header does not match this session's token; get it again from GET /auth/me",
  forbidden: (action: string) => `your role does not allow this (${action})`,
  /** The same words whichever limit holds and whether or not the email has an account. */
  tooManyAttempts: (seconds: number) => `too many failed login attempts; retry in ${seconds} s`,
  resetLinkInvalid: 'this link is unknown, already used or expired; ask an administrator for a new one',
  lastAdmin: 'the last active admin must stay an active admin; make another account admin first',
  emailTaken: (email: string) => `an account with the email ${email} already exists`,
  organisationTaken: (name: string) => `an organisation named "${name}" already exists`,
  organisationUnknown: (id: string) => `no organisation has the id ${id}; see GET /admin/organisations`,
  userNotFound: (id: string) => `no user has the id ${id}`,
  tokenNotFound: (id: string) => `you have no API token with the id ${id}`,
  ownAccountDisabled: 'you cannot disable your own account; ask another admin',
  ownAdminRole: 'you cannot take away your own admin role; ask another admin',
} as const
