import { ADDRESS_KINDS } from '@heritage-watch/shared'
import { z } from 'zod'

// A client of the national address service: the Géoplateforme geocoding API (data.geopf.fr/geocodage),
// which answers in the BAN's GeoJSON (FeatureCollection of Points, properties label, type, postcode…).
// Its base URL is configuration (GEOCODER_URL); nothing here reaches the network otherwise.

/** One answer of the service, as far as we read it; other properties are ignored. */
const AddressFeatureSchema = z.object({
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.object({
    id: z.string().optional(),
    label: z.string().min(1),
    type: z.enum(ADDRESS_KINDS),
    postcode: z.string().optional(),
    city: z.string().optional(),
    distance: z.number().optional(),
  }),
})
const AddressCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
})

/** An address as the service gave it. */
export interface Address {
  id: string | null
  label: string
  kind: (typeof ADDRESS_KINDS)[number]
  postcode: string | null
  city: string | null
  distance: number | null
  position: [number, number]
}

/** The service failed, answered something else than the BAN format, or took longer than allowed. */
export class AddressServiceError extends Error {}

export interface AddressServiceOptions {
  /** Base URL, such as https://data.geopf.fr/geocodage (its /search and /reverse are called). */
  baseUrl: string
  /** How long to wait for an answer before giving up (search must not wait on it for long). */
  timeoutMs: number
}

/** Features the service's format allows but we cannot use (another geometry, an unknown type) are skipped. */
function readAddresses(body: unknown): Address[] {
  const collection = AddressCollectionSchema.safeParse(body)
  if (!collection.success) throw new AddressServiceError('the address service answered another format')
  return collection.data.features.flatMap((item) => {
    const feature = AddressFeatureSchema.safeParse(item)
    if (!feature.success) return []
    const { properties, geometry } = feature.data
    return [
      {
        id: properties.id ?? null,
        label: properties.label,
        kind: properties.type,
        postcode: properties.postcode ?? null,
        city: properties.city ?? null,
        distance: properties.distance ?? null,
        position: geometry.coordinates,
      },
    ]
  })
}

/** Builds the client; each call waits at most `timeoutMs`. */
export function createAddressService({ baseUrl, timeoutMs }: AddressServiceOptions) {
  const base = baseUrl.replace(/\/+$/, '')

  async function get(operation: 'search' | 'reverse', parameters: Record<string, string>) {
    const url = `${base}/${operation}?${new URLSearchParams(parameters)}`
    let response: Response
    try {
      response = await fetch(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json' },
      })
    } catch (error) {
      throw new AddressServiceError(`the address service did not answer: ${(error as Error).name}`)
    }
    if (!response.ok) throw new AddressServiceError(`the address service answered ${response.status}`)
    try {
      return readAddresses(await response.json())
    } catch (error) {
      if (error instanceof AddressServiceError) throw error
      throw new AddressServiceError('the address service answered something that is not JSON')
    }
  }

  return {
    /**
     * Addresses and places matching a text, those near `near` (when given) favoured.
     * @throws AddressServiceError when the service fails or is too slow
     */
    search(text: string, limit: number, near: [number, number] | null): Promise<Address[]> {
      const parameters: Record<string, string> = { q: text, index: 'address', limit: String(limit) }
      if (near) Object.assign(parameters, { lon: String(near[0]), lat: String(near[1]) })
      return get('search', parameters)
    },
    /**
     * The address nearest a position, or null when the service knows none there.
     * @throws AddressServiceError when the service fails or is too slow
     */
    async reverse(position: [number, number]): Promise<Address | null> {
      const [first] = await get('reverse', {
        lon: String(position[0]),
        lat: String(position[1]),
        index: 'address',
        limit: '1',
      })
      return first ?? null
    },
  }
}

export type AddressService = ReturnType<typeof createAddressService>
