import { z } from 'zod'
import { LinkSchema } from './link.ts'

export const LandingPageSchema = z.object({
  title: z.string(),
  description: z.string(),
  attribution: z.string(),
  links: z.array(LinkSchema),
})
export type LandingPage = z.infer<typeof LandingPageSchema>
