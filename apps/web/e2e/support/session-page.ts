import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Locator, Page } from 'playwright-core'
import type { TestAccount } from './accounts.ts'

/**
 * Below the wide layout the account's button is in the header's "Menu" (components/layout/header-menu.tsx):
 * opens that menu when it is drawn and closed.
 */
export async function openHeaderMenu(page: Page): Promise<void> {
  const menu = page.locator('.header-menu-button')
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click()
}

/** Logs in through the header's "Se connecter" dialog and waits for the account menu. */
export async function logIn(page: Page, account: TestAccount): Promise<void> {
  await openHeaderMenu(page)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  const dialog = page.getByRole('dialog', { name: 'Se connecter' })
  await dialog.getByLabel('Adresse e-mail').fill(account.email)
  await dialog.getByLabel('Mot de passe').fill(account.password)
  await dialog.getByRole('button', { name: 'Se connecter' }).click()
  await openHeaderMenu(page)
  await accountButton(page, account).waitFor()
}

/** The header's account menu button, named after the account. */
export function accountButton(page: Page, account: TestAccount): Locator {
  return page.getByRole('button', { name: new RegExp(account.displayName) })
}

/** Opens a view of the account menu ("Bureau des alertes", "Jetons d’API", "Administration"). */
export async function openFromAccountMenu(page: Page, account: TestAccount, item: string): Promise<void> {
  await openHeaderMenu(page)
  await accountButton(page, account).click()
  await page.getByRole('button', { name: item }).click()
}

export interface AxeViolation {
  id: string
  impact: string | null
  nodes: number
}

/** Runs axe-core in the page on the elements a selector names; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  // Evaluated through the DevTools protocol, not added as a <script>: the app's CSP refuses inline scripts.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async (scope) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>
        }
      }
    ).axe
    const result = await axe.run(Array.from(document.querySelectorAll(scope)), {
      resultTypes: ['violations'],
    })
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.length,
    }))
  }, selector)
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
}
