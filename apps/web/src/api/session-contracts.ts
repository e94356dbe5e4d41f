// The zod schemas of accounts and alerts, in a module of their own that the clients import lazily:
// `@heritage-watch/shared/schemas` does not list them yet, and the first bundle must stay without zod.
export {
  AlertAssigneesSchema,
  AlertBadgesSchema,
  AlertBulkResultSchema,
  AlertListSchema,
  AlertPreviewSchema,
  AlertSchema,
  HistorySchema,
  ApiTokenCreatedSchema,
  ApiTokenListSchema,
  LoginResponseSchema,
  MeResponseSchema,
  OrganisationListSchema,
  OrganisationSchema,
  UserListSchema,
  UserSchema,
  AccountEventPageSchema,
  LoginEventPageSchema,
  PasswordResetIssuedSchema,
} from '@heritage-watch/shared'
