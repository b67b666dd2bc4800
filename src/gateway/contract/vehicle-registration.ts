import { z } from 'zod'

/**
 * The shapes of number plate the DVLA has issued, with the space where the plate puts it: current
 * (AB12 CDE), prefix (A123 BCD), suffix (ABC 123D), and dateless ones, including Northern Ireland's
 * (ABZ 1234), which have no fixed letters.
 */
const plateShapes = [
  /^([A-Z]{2}[0-9]{2})([A-Z]{3})$/,
  /^([A-Z][0-9]{1,3})([A-Z]{3})$/,
  /^([A-Z]{3})([0-9]{1,3}[A-Z])$/,
  /^([0-9]{1,4})([A-Z]{1,3})$/,
  /^([A-Z]{1,3})([0-9]{1,4})$/,
]

/** A registration as people type it ("lk19xrt", "LK19-XRT") written as it is on the plate ("LK19 XRT"), or null if no plate has that shape. */
export function plateOf(typed: string): string | null {
  const squashed = typed.toUpperCase().replace(/[\s-]/g, '')
  for (const shape of plateShapes) {
    const parts = shape.exec(squashed)
    if (parts) return `${parts[1]} ${parts[2]}`
  }
  return null
}

/** A UK vehicle registration, written as on the plate. The gateway accepts any spacing or case and answers with the plate's. */
export const vehicleRegistration = z
  .string()
  .max(12)
  .refine((typed) => plateOf(typed) !== null, { message: 'Enter a UK vehicle registration, like AB12 CDE' })
  .transform((typed) => plateOf(typed) ?? typed)
  .meta({ description: 'A UK vehicle registration, such as AB12 CDE', example: 'LK19 XRT' })
