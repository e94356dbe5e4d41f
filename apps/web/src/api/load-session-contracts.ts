/** The account and alert schemas, loaded on first use (see session-contracts.ts). */
export function loadSessionContracts() {
  return import('./session-contracts.ts')
}
