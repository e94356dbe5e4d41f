import type { SearchResult } from '@heritage-watch/shared'
import { type KeyboardEvent, lazy, type Ref, Suspense, useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearch } from '../../hooks/use-search.ts'
import { SHORTCUT_KEYS } from '../../lib/keyboard-shortcuts.ts'
import { type SearchOption, searchOptions } from '../../lib/search-options.ts'

// The list box and its texts load on the first search: the first map load does not draw it (400 KB).
const SearchListbox = lazy(async () => {
  const [module] = await Promise.all([
    import('./search-listbox.tsx'),
    import('../../i18n/watch-translations.ts'),
  ])
  return { default: module.SearchListbox }
})

interface SearchBoxProps {
  inputRef: Ref<HTMLInputElement>
  onChoose: (result: SearchResult) => void
}

/**
 * The search box: a WAI-ARIA combobox with a list box of results (ARIA 1.2 pattern). Arrow keys move
 * through the results, Enter opens the active one (or the first), Escape closes the list, then clears.
 * "Voir tout" and "suivants" are options too, so that the keyboard reaches every page.
 */
export function SearchBox({ inputRef, onChoose }: SearchBoxProps) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [page, setPage] = useState(0)
  const [expanded, setExpanded] = useState(false)
  const [active, setActive] = useState(-1)
  const search = useSearch(text, page)
  const id = useId()
  const listboxId = `${id}-results`
  const optionId = (index: number) => `${id}-option-${index}`
  const answer = search.status === 'done' ? search.answer : null
  const options = searchOptions(answer, search.status === 'done' ? search.page : 0)
  const open = expanded && options.length > 0

  // A new answer starts with no active option: ArrowDown then goes to the first. (The answer, not the
  // state object, which is new on every render and would reset the active option at each key.)
  useEffect(() => setActive(-1), [answer])
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
  })

  const choose = (option: SearchOption) => {
    if (option.kind !== 'result') {
      setPage(option.page)
      setActive(-1)
      return
    }
    setExpanded(false)
    setActive(-1)
    onChoose(option.result)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return
      event.preventDefault()
      setExpanded(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((previous) => (previous < 0 && step < 0 ? count - 1 : (previous + step + count) % count))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const option = options[active >= 0 ? active : 0]
      if (option) choose(option)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (open) setExpanded(false)
      else setText('')
      setActive(-1)
    }
  }

  let status = ''
  if (search.status === 'loading') status = t('search.loading')
  else if (search.status === 'error') status = t('search.error')
  else if (answer) status = answer.total ? t('search.count', { count: answer.total }) : t('search.none')
  const showStatus =
    expanded && (search.status === 'error' || (answer !== null && answer.results.length === 0))

  return (
    <form className="search" role="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        aria-keyshortcuts={SHORTCUT_KEYS['focus-search']}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          setPage(0)
          setExpanded(true)
        }}
        onFocus={() => setExpanded(true)}
        onBlur={() => setExpanded(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('search.hint')}
      </span>
      {answer ? (
        <Suspense fallback={<ul id={listboxId} role="listbox" hidden />}>
          <SearchListbox
            id={listboxId}
            optionId={optionId}
            options={options}
            active={active}
            open={open}
            addressService={answer.addressService}
            onChoose={choose}
          />
        </Suspense>
      ) : (
        <ul id={listboxId} role="listbox" aria-label={t('search.results')} hidden />
      )}
      <p className={showStatus ? 'search-status' : 'visually-hidden'} role="status">
        {expanded ? status : ''}
      </p>
    </form>
  )
}
