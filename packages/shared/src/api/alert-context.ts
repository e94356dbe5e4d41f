import { z } from 'zod'

const Distance = z.number().nonnegative()
/** A property component or element within the context radius; `contains` when the alert lies in it. */
const NearPropertySchema = z.object({
  collection: z.string(),
  id: z.string(),
  label: z.string(),
  distanceM: Distance,
  contains: z.boolean(),
})

/**
 * The spatial context computed by PostGIS when the alert was created, and stored with it: what
 * protection is at stake at a glance.
 */
export const AlertContextSchema = z.object({
  /** Property components within ALERT_CONTEXT_RADIUS_M, nearest first, with distances in metres. */
  components: z.array(NearPropertySchema),
  /** Property elements within ALERT_CONTEXT_RADIUS_M, nearest first. */
  elements: z.array(NearPropertySchema),
  /** Whether it lies (at least partly) in the inscribed property. */
  inProperty: z.boolean(),
  /** Whether it lies (at least partly) in the buffer zone. */
  inBufferZone: z.boolean(),
  /** Terrils it touches, with their 2016 status read from the official perimeter (see the layer). */
  terrils: z.array(
    z.object({
      collection: z.string(),
      id: z.string(),
      label: z.string(),
      numero: z.string().nullable(),
      classement2016: z.string().nullable(),
      classement2016Methode: z.string().nullable(),
    }),
  ),
  /**
   * Sites classés and inscrits (servitudes AC2) it lies in or touches, the 2016 chain of terrils first;
   * `share` is the share of the alert's place inside the site (0 when it only touches). Alerts made
   * before the sites were loaded have none.
   */
  protectedSites: z
    .array(
      z.object({
        collection: z.string(),
        id: z.string(),
        label: z.string(),
        typesite: z.string(),
        chaineDesTerrils: z.boolean(),
        share: z.number().min(0).max(1),
      }),
    )
    .default([]),
  /** ERBM cités it touches, with their priority (unknown until the official list is loaded). */
  erbmCites: z.array(
    z.object({
      collection: z.string(),
      id: z.string(),
      label: z.string(),
      prioriteErbm: z.string().nullable(),
      statutUnesco: z.string().nullable(),
    }),
  ),
  /** Communes it lies in (several for a large polygon). */
  communes: z.array(z.object({ collection: z.string(), id: z.string(), label: z.string() })),
})
export type AlertContext = z.infer<typeof AlertContextSchema>
