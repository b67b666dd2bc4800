import { z } from 'zod'
import { isoDate, isoDateTime, pence } from './common'

export const tenure = z.enum(['secure', 'introductory', 'flexible', 'temporary'])

/** The tenant's housing officer: the person to call about the tenancy, and about rent they cannot pay. */
export const housingOfficer = z
  .object({ name: z.string(), phone: z.string(), email: z.string(), area: z.string() })
  .meta({ id: 'HousingOfficer' })

/** Someone living in the home, as the tenancy records them. */
export const householdMember = z
  .object({
    name: z.string(),
    relationship: z.enum(['tenant', 'joint_tenant', 'partner', 'child', 'relative', 'lodger', 'other']),
    /** The year they were born, for children and dependants; null for the tenants themselves. */
    bornIn: z.int().nullable(),
  })
  .meta({ id: 'HouseholdMember' })

export const tenancy = z
  .object({
    reference: z.string(),
    address: z.string(),
    startDate: isoDate,
    tenure,
    weeklyRent: pence,
    officer: housingOfficer,
    household: z.array(householdMember),
  })
  .meta({ id: 'Tenancy' })
export type Tenancy = z.infer<typeof tenancy>

export const chargeKind = z.enum(['rent', 'service_charge', 'heating', 'water'])

export const rentTransaction = z
  .object({
    date: isoDate,
    kind: z.enum(['charge', 'housing_benefit', 'payment', 'adjustment']),
    /** The council's own words, in English. */
    description: z.string(),
    amount: pence.meta({ description: 'Positive for a charge, negative for money in' }),
    balanceAfter: pence,
  })
  .meta({ id: 'RentTransaction' })
export type RentTransaction = z.infer<typeof rentTransaction>

export const rentAccount = z
  .object({
    balance: pence.meta({ description: 'Positive when the tenant owes rent, negative when in credit' }),
    weeklyRent: pence.meta({ description: 'Every weekly charge added up' }),
    /** Each weekly charge that makes up the rent; they add up to weeklyRent. */
    charges: z.array(z.object({ kind: chargeKind, weekly: pence })),
    housingBenefitWeekly: pence,
    /** Rent is due each Monday: what the tenant pays then, after Housing Benefit. */
    nextPayment: z.object({ dueOn: isoDate, amount: pence }).nullable(),
    /** The last 12 months, oldest first. */
    transactions: z.array(rentTransaction),
  })
  .meta({ id: 'RentAccount' })
export type RentAccount = z.infer<typeof rentAccount>

/** A change to who lives in the home, told once: the council's housing, council tax and benefits teams each hear of it. */
export const householdChange = z
  .object({
    change: z.enum(['moved_in', 'moved_out', 'other']),
    name: z.string().min(1).max(100),
    /** When it happened, or will. */
    date: isoDate,
    details: z.string().max(1000),
  })
  .meta({ id: 'HouseholdChange' })
export type HouseholdChange = z.infer<typeof householdChange>

export const householdChangeReceived = z.object({ reference: z.string(), receivedAt: isoDateTime }).meta({ id: 'HouseholdChangeReceived' })
