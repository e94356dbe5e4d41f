import { type PasswordResetIssued, PasswordResetRequestSchema, type User } from '@heritage-watch/shared'
import { hashPassword } from '../../auth/passwords.ts'
import { looksLikeSessionToken, randomSecret, tokenDigest } from '../../auth/tokens.ts'
import type { AccountsDependencies } from '../../db/accounts-repo.ts'
import { NotFoundError, ValidationError } from '../../errors.ts'
import type { Mailer } from '../subscriptions/mailer.ts'
import { snapshot } from './account-log.ts'
import { parseId, parseInput } from './input.ts'
import { ACCOUNT_MESSAGES as MESSAGES } from './messages.ts'

/** How reset links are made and sent. */
export interface PasswordResetSettings {
  /** How long a link works, in hours. */
  ttlHours: number
  /** Undefined when mail is off (no SMTP_URL): the link is then only shown to the admin. */
  mailer: Mailer | undefined
}

/**
 * The web app's page for a link. The token travels in the fragment, which browsers send to no server:
 * it stays out of access logs and Referer headers.
 */
const resetPageUrl = (appBaseUrl: string, token: string) => `${appBaseUrl}/app/#reset=${token}`

/** The mail sent with a link, in French and English (we do not know the user's language). */
function resetMail(user: User, url: string, expiresAt: Date) {
  const until = expiresAt.toISOString().slice(0, 16).replace('T', ' ')
  return {
    to: user.email,
    subject: 'Veille patrimoniale : nouveau mot de passe / new password',
    text: [
      `Bonjour ${user.displayName},`,
      '',
      `Un administrateur vous invite à choisir un nouveau mot de passe, jusqu’au ${until} UTC :`,
      url,
      '',
      `An administrator invites you to choose a new password, until ${until} UTC:`,
      url,
      '',
      'Ce lien ne sert qu’une fois. / This link works once.',
    ].join('\n'),
  }
}

/** A mail server that does not answer must not hold the admin's request for nodemailer's 2 minutes. */
const MAIL_WAIT_MS = 10_000

async function sendWithin(mailer: Mailer, message: ReturnType<typeof resetMail>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), MAIL_WAIT_MS)
  })
  const sent = mailer.send(message).then((outcome) => outcome.ok)
  try {
    return await Promise.race([sent, timeout])
  } finally {
    clearTimeout(timer)
  }
}

const invalidLink = () =>
  new ValidationError([{ name: 'token', reason: MESSAGES.resetLinkInvalid, code: 'reset_link_invalid' }])

/** Password-reset links: issued by admins, used once by the account's owner on a public page. */
export function createPasswordResetsService(
  { inTransaction }: AccountsDependencies,
  settings: PasswordResetSettings,
) {
  return {
    /**
     * Issues a link for an account, ending its earlier unused ones; mails it when mail is on, and
     * gives it to the admin this once (the database keeps the token's digest only).
     * @throws ValidationError for a malformed id; NotFoundError when no user has this id
     */
    async issue(admin: User, id: unknown, appBaseUrl: string): Promise<PasswordResetIssued> {
      const userId = parseId(id)
      const token = randomSecret()
      const { user, expiresAt } = await inTransaction(async (repo) => {
        const found = await repo.findUser(userId, true)
        if (!found) throw new NotFoundError(MESSAGES.userNotFound(userId))
        const expires = await repo.insertPasswordReset(
          tokenDigest(token),
          userId,
          admin.id,
          settings.ttlHours,
        )
        const state = snapshot(found)
        await repo.insertAccountEvent({
          action: 'password-reset-issued',
          actor: admin,
          target: found,
          before: state,
          after: state,
        })
        return { user: found, expiresAt: expires }
      })
      const url = resetPageUrl(appBaseUrl, token)
      // After the commit: a mail server that fails loses no link, the admin still has it to hand over.
      const mailed = settings.mailer
        ? await sendWithin(settings.mailer, resetMail(user, url, expiresAt))
        : false
      return { url, expiresAt: expiresAt.toISOString(), mailed }
    },

    /**
     * Sets a new password with a link, once, and ends every session of the account.
     * @throws ValidationError naming `password` (rules as at creation) or `token` (unknown, used or expired)
     */
    async use(body: unknown): Promise<void> {
      const { token, password } = parseInput(PasswordResetRequestSchema, body)
      if (!looksLikeSessionToken(token)) throw invalidLink()
      const passwordHash = await hashPassword(password)
      await inTransaction(async (repo) => {
        // Taken and spent in one statement: two uses at once cannot both succeed.
        const userId = await repo.usePasswordReset(tokenDigest(token))
        const user = userId && (await repo.findUser(userId, true))
        if (!user) throw invalidLink()
        await repo.setPassword(user.id, passwordHash)
        await repo.deleteUserSessions(user.id)
        const state = snapshot(user)
        await repo.insertAccountEvent({
          action: 'password-reset-used',
          actor: user,
          target: user,
          before: state,
          after: state,
        })
      })
    },
  }
}

export type PasswordResetsService = ReturnType<typeof createPasswordResetsService>
