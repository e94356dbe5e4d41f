import type { Organisation, User, UserCreateRequest, UserUpdateRequest } from '@heritage-watch/shared'
import { loadSessionContracts } from './load-session-contracts.ts'
import { requestJson, type SessionRequestOptions } from './request-json.ts'

const contracts = loadSessionContracts

/** `GET /admin/users`, by email. */
export async function fetchUsers(options: SessionRequestOptions): Promise<User[]> {
  const schema = contracts().then((loaded) => loaded.UserListSchema)
  const list = await requestJson({ method: 'GET', url: `${options.apiBaseUrl}/admin/users`, schema }, options)
  return list.users
}

/** `POST /admin/users`: a partner needs an organisation. @throws ApiError 400 naming the field, 409 */
export function createUser(user: UserCreateRequest, options: SessionRequestOptions): Promise<User> {
  const schema = contracts().then((loaded) => loaded.UserSchema)
  return requestJson(
    { method: 'POST', url: `${options.apiBaseUrl}/admin/users`, body: user, schema },
    options,
  )
}

/** `PATCH /admin/users/{id}`: e.g. `{ disabled: true }`. */
export function updateUser(
  id: string,
  change: UserUpdateRequest,
  options: SessionRequestOptions,
): Promise<User> {
  const schema = contracts().then((loaded) => loaded.UserSchema)
  const url = `${options.apiBaseUrl}/admin/users/${encodeURIComponent(id)}`
  return requestJson({ method: 'PATCH', url, body: change, schema }, options)
}

/** `GET /admin/organisations`, by name. */
export async function fetchOrganisations(options: SessionRequestOptions): Promise<Organisation[]> {
  const schema = contracts().then((loaded) => loaded.OrganisationListSchema)
  const url = `${options.apiBaseUrl}/admin/organisations`
  return (await requestJson({ method: 'GET', url, schema }, options)).organisations
}

/** `POST /admin/organisations`. @throws ApiError 409 when the name is taken (whatever its case) */
export function createOrganisation(name: string, options: SessionRequestOptions): Promise<Organisation> {
  const schema = contracts().then((loaded) => loaded.OrganisationSchema)
  const url = `${options.apiBaseUrl}/admin/organisations`
  return requestJson({ method: 'POST', url, body: { name }, schema }, options)
}
