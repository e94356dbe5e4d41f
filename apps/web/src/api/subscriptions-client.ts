import type { Delivery, Subscription, SubscriptionCreateRequest } from '@heritage-watch/shared'
import { requestJson, type SessionRequestOptions } from './request-json.ts'

const contracts = () => import('./subscriptions-contracts.ts')

/** `GET /subscriptions`: the account's subscriptions, newest first. */
export async function fetchSubscriptions(options: SessionRequestOptions): Promise<Subscription[]> {
  const list = await requestJson(
    {
      method: 'GET',
      url: `${options.apiBaseUrl}/subscriptions`,
      schema: () => contracts().then((module) => module.SubscriptionListSchema),
    },
    options,
  )
  return list.subscriptions
}

/** `POST /subscriptions`; a webhook's secret is in this answer only. */
export function createSubscription(body: SubscriptionCreateRequest, options: SessionRequestOptions) {
  return requestJson(
    {
      method: 'POST',
      url: `${options.apiBaseUrl}/subscriptions`,
      body,
      schema: () => contracts().then((module) => module.SubscriptionCreatedSchema),
    },
    options,
  )
}

/** `DELETE /subscriptions/{id}`. */
export function deleteSubscription(id: string, options: SessionRequestOptions): Promise<void> {
  return requestJson(
    { method: 'DELETE', url: `${options.apiBaseUrl}/subscriptions/${encodeURIComponent(id)}` },
    options,
  )
}

/** `GET /subscriptions/{id}/deliveries`: what was sent, with every attempt. */
export async function fetchDeliveries(id: string, options: SessionRequestOptions): Promise<Delivery[]> {
  const list = await requestJson(
    {
      method: 'GET',
      url: `${options.apiBaseUrl}/subscriptions/${encodeURIComponent(id)}/deliveries`,
      schema: () => contracts().then((module) => module.DeliveryListSchema),
    },
    options,
  )
  return list.deliveries
}
