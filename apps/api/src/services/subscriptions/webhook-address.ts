import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

// A webhook URL is written by an account holder and fetched by the server: without this check an https
// URL naming a private address would let any account make the server call inside its own network
// (server-side request forgery). The address is checked when each delivery is sent, after name
// resolution, so that a name that later points inside is refused too.

const PRIVATE = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 127],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv6')

const LOOPBACK = new BlockList()
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4')
LOOPBACK.addAddress('::1', 'ipv6')

/** Whether an IP address is one a webhook may not reach (loopback allowed only when `allowLoopback`). */
export function isForbiddenAddress(address: string, allowLoopback: boolean): boolean {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4'
  if (allowLoopback && LOOPBACK.check(address, family)) return false
  return PRIVATE.check(address, family) || (family === 'ipv6' && address === '::1')
}

/**
 * Why a webhook URL may not be called now, or undefined when every address its host resolves to is
 * public (or loopback, when the configuration allows it for tests).
 */
export async function webhookAddressProblem(
  raw: string,
  allowLoopback: boolean,
): Promise<string | undefined> {
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address)
  } catch (error) {
    return `the webhook's host does not resolve (${(error as Error).message.slice(0, 200)})`
  }
  const forbidden = addresses.find((address) => isForbiddenAddress(address, allowLoopback))
  return forbidden ? `refused: the webhook's host resolves to a private address (${forbidden})` : undefined
}
