import type {
  AddressSearchResult,
  ReverseGeocodeQuery,
  ReverseGeocodeResponse,
  SearchQuery,
  SearchResponse,
  SearchResult,
} from '@heritage-watch/shared'
import type { SearchRepo } from '../../db/search-repo.ts'
import { NotFoundError, ServiceUnavailableError } from '../../errors.ts'
import { type Address, AddressServiceError, type AddressService } from '../../geocoding/address-service.ts'
import { mayBeAnAddress, searchTerms } from './search-terms.ts'

/** Addresses asked of the service; many fall outside the basin and are dropped. */
const ADDRESSES_ASKED = 20
/** Addresses kept on the first page, among our own sites. */
const ADDRESSES_SHOWN = 5
/** Sites matched this well (identifier, name start, name word) come before the addresses. */
const BEFORE_ADDRESSES_RANK = 3
/** Seconds a client should wait before asking again when the address service does not answer. */
const RETRY_AFTER_SECONDS = 30

function addressResult(address: Address): AddressSearchResult {
  const [lon, lat] = address.position
  return {
    type: 'address',
    id: address.id ?? address.label,
    label: address.label,
    detail: [address.postcode, address.city].filter(Boolean).join(' '),
    kind: address.kind,
    position: address.position,
    bbox: [lon, lat, lon, lat],
  }
}

/**
 * GET /search and GET /geocode/reverse: our sites by identifier, name or commune, and the national
 * address service's addresses in the basin when it is configured and answers in time.
 * @param addresses the address service, or null when none is configured
 */
export function createSearchService(repo: SearchRepo, addresses: AddressService | null) {
  let centre: Promise<[number, number] | null> | undefined

  /** Addresses in the basin, or 'unavailable' when the service failed; communes are ours already. */
  async function findAddresses(text: string): Promise<AddressSearchResult[] | 'unavailable'> {
    if (!addresses) return []
    centre ??= repo.basinCentre()
    const near = await centre
    let found: Address[]
    try {
      found = await addresses.search(text, ADDRESSES_ASKED, near)
    } catch (error) {
      if (error instanceof AddressServiceError) return 'unavailable'
      throw error
    }
    const places = found.filter((address) => address.kind !== 'municipality')
    const kept = await repo.inBasin(places.map((address) => address.position))
    return kept.slice(0, ADDRESSES_SHOWN).flatMap((index) => {
      const address = places[index]
      return address ? [addressResult(address)] : []
    })
  }

  return {
    /** @param query as the route's SearchQuerySchema read it */
    async search({ q, limit, offset }: SearchQuery): Promise<SearchResponse> {
      const terms = searchTerms(q, limit, offset)
      const asking = addresses && offset === 0 && mayBeAnAddress(terms)
      // Both at once: the address service's wait (at most its timeout) overlaps our own query.
      const [page, found] = await Promise.all([
        repo.search(terms),
        asking ? findAddresses(q) : Promise.resolve([] as AddressSearchResult[]),
      ])
      const shown = found === 'unavailable' ? [] : found
      const split = page.sites.findIndex((site) => site.rank >= BEFORE_ADDRESSES_RANK)
      const sites = page.sites.map((site) => site.result)
      const at = split < 0 ? sites.length : split
      const results: SearchResult[] = [...sites.slice(0, at), ...shown, ...sites.slice(at)]
      const next = offset + sites.length
      return {
        query: q,
        results,
        total: page.total,
        offset,
        nextOffset: sites.length > 0 && next < page.total ? next : null,
        addressService: !asking ? 'off' : found === 'unavailable' ? 'unavailable' : 'ok',
      }
    },

    /**
     * The address nearest a position.
     * @throws ServiceUnavailableError when no service is configured or it fails; NotFoundError when it knows no address there
     */
    async reverse({ lon, lat }: ReverseGeocodeQuery): Promise<ReverseGeocodeResponse> {
      if (!addresses)
        throw new ServiceUnavailableError('no address service is configured', RETRY_AFTER_SECONDS)
      let address: Address | null
      try {
        address = await addresses.reverse([lon, lat])
      } catch (error) {
        if (error instanceof AddressServiceError)
          throw new ServiceUnavailableError(error.message, RETRY_AFTER_SECONDS)
        throw error
      }
      if (!address) throw new NotFoundError('the address service knows no address near this position')
      return {
        label: address.label,
        kind: address.kind,
        postcode: address.postcode,
        city: address.city,
        distance: address.distance,
        position: address.position,
      }
    },
  }
}

export type SearchService = ReturnType<typeof createSearchService>
