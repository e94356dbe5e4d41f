import type { SearchResult } from '@heritage-watch/shared'
import { type KeyboardEvent, type Ref, useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearch } from '../../hooks/use-search.ts'
import { SHORTCUT_KEYS } from '../../lib/keyboard-shortcuts.ts'

interface SearchBoxProps {
  inputRef: Ref<HTMLInputElement>
  onChoose: (result: SearchResult) => void
}

/**
 * The search box: a WAI-ARIA combobox with a list box of results (ARIA 1.2 pattern). Arrow keys move
 * through the results, Enter opens the active one (or the first), Escape closes the list, then clears.
 */
export function SearchBox({ inputRef, onChoose }: SearchBoxProps) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [expanded, setExpanded] = useState(false)
  const [active, setActive] = useState(-1)
  const search = useSearch(text)
  const id = useId()
  const listboxId = `${id}-results`
  const optionId = (index: number) => `${id}-option-${index}`
  const results = search.status === 'done' ? search.results : []
  const open = expanded && results.length > 0

  // A new answer starts with no active option: ArrowDown then goes to the first.
  useEffect(() => setActive(-1), [search])
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
  })

  const choose = (result: SearchResult) => {
    setExpanded(false)
    setActive(-1)
    onChoose(result)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return
      event.preventDefault()
      setExpanded(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((previous) => (previous < 0 && step < 0 ? count - 1 : (previous + step + count) % count))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const result = results[active >= 0 ? active : 0]
      if (result) choose(result)
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
  else if (search.status === 'done')
    status = results.length ? t('search.count', { count: results.length }) : t('search.none')
  const showStatus =
    expanded && (search.status === 'error' || (search.status === 'done' && results.length === 0))

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
          setExpanded(true)
        }}
        onFocus={() => setExpanded(true)}
        onBlur={() => setExpanded(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('search.hint')}
      </span>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t('search.results')}
        className="search-results"
        hidden={!open}
      >
        {results.map((result, index) => (
          <li
            key={`${result.collection}/${result.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="search-option"
            // Keep the focus in the input: the click below chooses.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(result)}
          >
            <span className="search-option-label">{result.label}</span>
            <span className="search-option-detail" lang="fr">
              {result.detail}
            </span>
          </li>
        ))}
      </ul>
      <p className={showStatus ? 'search-status' : 'visually-hidden'} role="status">
        {expanded ? status : ''}
      </p>
    </form>
  )
}
