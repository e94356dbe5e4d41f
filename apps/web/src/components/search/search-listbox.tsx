import type { SearchResponse, SearchResult } from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { type SearchOption, searchOptionKey } from '../../lib/search-options.ts'

interface SearchListboxProps {
  id: string
  optionId: (index: number) => string
  options: SearchOption[]
  active: number
  open: boolean
  addressService: SearchResponse['addressService']
  onChoose: (option: SearchOption) => void
}

/** A map pin, the mark of an address among our sites. */
function AddressIcon() {
  return (
    <svg className="search-option-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d="M8 1a5 5 0 0 0-5 5c0 3.6 5 9 5 9s5-5.4 5-9a5 5 0 0 0-5-5Zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4Z" />
    </svg>
  )
}

/** How each record of a site is named among its roles; any other record is its UNESCO element. */
const ROLE_KEYS: Record<
  string,
  'searchList.role.terril' | 'searchList.role.grandSite' | 'searchList.role.siteAtRisk'
> = {
  terrils: 'searchList.role.terril',
  'grands-sites': 'searchList.role.grandSite',
  'sites-en-danger': 'searchList.role.siteAtRisk',
}

/** What a result says: its name, then its kind and place; a site's roles; an address's kind. */
function ResultText({ result }: { result: SearchResult }) {
  const { t } = useTranslation()
  if (result.type === 'address') {
    return (
      <>
        <span className="search-option-label">
          <AddressIcon />
          {result.label}
        </span>
        <span className="search-option-detail">
          {t(`searchList.kind.${result.kind}`)}
          {result.detail && ` · ${result.detail}`}
        </span>
      </>
    )
  }
  return (
    <>
      <span className="search-option-label">{result.label}</span>
      <span className="search-option-detail" lang="fr">
        {result.detail}
      </span>
      {result.roles.length > 1 && (
        <span className="search-option-roles">
          {result.roles.map((role) => (
            <span key={`${role.collection}/${role.id}`} className="search-role">
              {t(ROLE_KEYS[role.collection] ?? 'searchList.role.element', { id: role.id })}
            </span>
          ))}
        </span>
      )}
    </>
  )
}

/**
 * The search results as the combobox's list box: our sites and the addresses among them, then "voir
 * tout" / "suivants" / "précédents" as options, and a note when the address service did not answer.
 */
export function SearchListbox(props: SearchListboxProps) {
  const { id, optionId, options, active, open, addressService, onChoose } = props
  const { t } = useTranslation()
  return (
    <div
      className="search-results"
      hidden={!open}
      // A click in the panel (its scroll bar, the note) keeps the focus, and the list, in the input.
      onMouseDown={(event) => event.preventDefault()}
    >
      <ul id={id} role="listbox" aria-label={t('search.results')} className="search-list">
        {options.map((option, index) => (
          <li
            key={searchOptionKey(option)}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`search-option search-option-${option.kind === 'result' ? option.result.type : 'page'}`}
            onClick={() => onChoose(option)}
          >
            {option.kind === 'result' && <ResultText result={option.result} />}
            {option.kind === 'more' &&
              (option.page === 1
                ? t('searchList.showAll', { count: option.total })
                : t('searchList.next', { count: option.total }))}
            {option.kind === 'previous' && t('searchList.previous')}
          </li>
        ))}
      </ul>
      {addressService === 'unavailable' && (
        <p className="search-note">{t('searchList.addressesUnavailable')}</p>
      )}
    </div>
  )
}
