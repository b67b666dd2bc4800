import { z } from 'zod'

/** An address from the council's BS7666 gazetteer, identified by its UPRN. */
export const address = z
  .object({
    uprn: z.string().regex(/^\d{1,12}$/),
    text: z.string(),
    postcode: z.string(),
    latitude: z.number(),
    longitude: z.number(),
  })
  .meta({ id: 'Address' })
export type Address = z.infer<typeof address>

export const addressLookup = z.object({ postcode: z.string().max(40) }).meta({ id: 'AddressLookup' })
export const addressList = z.object({ addresses: z.array(address) }).meta({ id: 'AddressList' })
