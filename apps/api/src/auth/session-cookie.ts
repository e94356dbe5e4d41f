import type { CookieSerializeOptions } from '@fastify/cookie'
import type { FastifyReply } from 'fastify'

/** The cookie that carries the session token. */
export const SESSION_COOKIE = 'hw_session'

/** How the session cookie is set: Secure behind HTTPS (config isCookieSecure), and for how long. */
export interface SessionCookieSettings {
  secure: boolean
  ttlHours: number
}

/**
 * HttpOnly so that no script can read it; SameSite=Lax so that other sites' forms and scripts do not
 * send it (the CSRF header is the second lock); Path=/ because the API and the app share the origin.
 */
function attributes(settings: SessionCookieSettings): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: settings.secure }
}

/** Sets the session cookie; the browser drops it when the session expires. */
export function setSessionCookie(reply: FastifyReply, token: string, settings: SessionCookieSettings): void {
  reply.setCookie(SESSION_COOKIE, token, {
    ...attributes(settings),
    maxAge: Math.floor(settings.ttlHours * 3600),
  })
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(reply: FastifyReply, settings: SessionCookieSettings): void {
  reply.clearCookie(SESSION_COOKIE, attributes(settings))
}
