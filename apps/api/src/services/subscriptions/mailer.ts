import nodemailer from 'nodemailer'
import type { SendOutcome } from './webhook.ts'

// E-mail over SMTP (nodemailer). Mail is off when no SMTP URL is configured: the e-mail channel is then
// not offered as sent, and the start-up log says so plainly.

export interface Mailer {
  /** Checks the connection and credentials; @returns a sentence for the log. */
  verify(): Promise<{ ok: boolean; message: string }>
  send(message: { to: string; subject: string; text: string }): Promise<SendOutcome>
  close(): void
}

/** A mailer on `smtpUrl` (smtp:// or smtps://, credentials in the URL); undefined when mail is off. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer | undefined {
  if (!smtpUrl) return undefined
  const transport = nodemailer.createTransport(smtpUrl)
  const where = new URL(smtpUrl).host
  return {
    async verify() {
      try {
        await transport.verify()
        return { ok: true, message: `mail is on: SMTP server ${where} answered` }
      } catch (error) {
        return {
          ok: false,
          message: `mail is BROKEN: SMTP server ${where} refused or did not answer (${(error as Error).message}); e-mails will be retried`,
        }
      }
    },
    async send({ to, subject, text }) {
      try {
        await transport.sendMail({ from, to, subject, text })
        return { ok: true, httpStatus: null, error: null }
      } catch (error) {
        return { ok: false, httpStatus: null, error: (error as Error).message.slice(0, 500) }
      }
    },
    close: () => transport.close(),
  }
}
