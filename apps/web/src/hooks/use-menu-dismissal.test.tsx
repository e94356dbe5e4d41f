// @vitest-environment happy-dom
import { act, render } from '@testing-library/react'
import { useRef, useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { useMenuDismissal } from './use-menu-dismissal.ts'

let shortcutsSawEscape = 0
const countShortcut = (event: KeyboardEvent) => {
  if (event.key === 'Escape' && !event.defaultPrevented) shortcutsSawEscape += 1
}

function Menu({ nested = false }: { nested?: boolean }) {
  const [open, setOpen] = useState(true)
  const container = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  useMenuDismissal({ open, close: () => setOpen(false), container, button, yieldsEscape: () => nested })
  return (
    <>
      <div ref={container}>
        <button ref={button} aria-expanded={open}>
          Menu
        </button>
        <span data-testid="inside">dedans</span>
      </div>
      <span data-testid="outside">dehors</span>
    </>
  )
}

const press = (key: string) =>
  act(() => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })

afterEach(() => {
  document.removeEventListener('keydown', countShortcut)
  shortcutsSawEscape = 0
})

describe('useMenuDismissal', () => {
  it('closes on Escape, gives the focus back to the button and keeps the key from the shortcuts', () => {
    document.addEventListener('keydown', countShortcut)
    const view = render(<Menu />)
    const button = view.getByRole('button')
    press('Enter')
    expect(button.getAttribute('aria-expanded')).toBe('true')
    press('Escape')
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(button)
    expect(shortcutsSawEscape).toBe(0)
    view.unmount()
  })

  it('closes on a press outside, not on one inside', () => {
    const view = render(<Menu />)
    const button = view.getByRole('button')
    act(() => view.getByTestId('inside').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })))
    expect(button.getAttribute('aria-expanded')).toBe('true')
    act(() => view.getByTestId('outside').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })))
    expect(button.getAttribute('aria-expanded')).toBe('false')
    view.unmount()
  })

  it('leaves Escape to a menu open inside it', () => {
    document.addEventListener('keydown', countShortcut)
    const view = render(<Menu nested />)
    press('Escape')
    expect(view.getByRole('button').getAttribute('aria-expanded')).toBe('true')
    expect(shortcutsSawEscape).toBe(1)
    view.unmount()
  })
})
