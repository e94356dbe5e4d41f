// The subscriptions' zod schemas, loaded with the subscriptions sheet only (the first bundle stays without zod).
export { DeliveryListSchema, SubscriptionCreatedSchema, SubscriptionListSchema } from '@heritage-watch/shared'
