import type { TestProject } from 'vitest/node'
import { type AdminCredentials, serveProduct } from '../support/serve-product.ts'

/** The browser suites run against what `npm start` serves (see serveProduct). */
export default async function setup(project: TestProject) {
  const product = await serveProduct()
  project.provide('baseUrl', product.url)
  project.provide('admin', product.admin)
  project.provide('geocoderUrl', product.geocoderUrl)
  return () => product.stop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    admin: AdminCredentials
    geocoderUrl: string
  }
}
