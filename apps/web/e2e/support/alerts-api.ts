import type { AlertStatus } from '@heritage-watch/shared'
import { adminSession } from './accounts.ts'
import type { TestAccount } from './accounts.ts'

/**
 * Alerts made through the served API as a signed-in test account would make them (POST /alerts, POST
 * /alerts/{id}/status): synthetic test alerts, each on a real feature, with a title the caller tags so
 * that its suite finds its own among the others of the shared database.
 */
export async function alertsApi(baseUrl: string, account: TestAccount) {
  const post = await adminSession(baseUrl, { email: account.email, password: account.password })
  return {
    async create(title: string, feature: { collection: string; id: string }): Promise<string> {
      const alert = await post<{ id: string }>('/alerts', {
        features: [feature],
        category: 'erosion',
        severity: 'low',
        title,
        description: 'Alerte de test (données synthétiques, tests du navigateur).',
        observedOn: '2026-12-01',
      })
      return alert.id
    },
    async move(id: string, status: AlertStatus): Promise<void> {
      await post(`/alerts/${id}/status`, { status })
    },
  }
}
