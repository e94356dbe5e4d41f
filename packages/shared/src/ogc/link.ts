import { z } from 'zod'

export const LinkSchema = z.object({
  href: z.string(),
  rel: z.string(),
  type: z.string().optional(),
  title: z.string().optional(),
  hreflang: z.string().optional(),
})
export type Link = z.infer<typeof LinkSchema>
