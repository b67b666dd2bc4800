import type { VisitorAllowance, VisitorPermit } from '#src/gateway/contract/visitor-permits'
import { addDays, londonDate, londonTime, workingDay } from './london-time'

/** A permit as the council's parking system keeps it: whether it has started or ended is worked out when it is read. */
export type KeptVisitorPermit = Omit<VisitorPermit, 'status'> & { cancelled: boolean }

export interface VisitorParking {
  allowance: VisitorAllowance
  permits: KeptVisitorPermit[]
}

/** The next 1 April, when visitor allowances start again, as the council's parking year does. */
function nextFirstOfApril(today: string): string {
  const year = Number(today.slice(0, 4))
  const thisYears = `${year}-04-01`
  return today < thisYears ? thisYears : `${year + 1}-04-01`
}

function permit(
  reference: string,
  vehicleRegistration: string,
  date: string,
  from: number,
  hours: number,
  uses: number,
  cancelled = false,
) {
  const startsAt = londonTime(date, Math.floor(from), (from % 1) * 60)
  const endsAt = new Date(Date.parse(startsAt) + hours * 60 * 60 * 1000).toISOString()
  return { reference, vehicleRegistration, startsAt, endsAt, uses, cancelled }
}

/**
 * Tomasz Nowak in Zone C buys visitor hours, as most London boroughs sell them; Precious Okafor in Zone A is
 * given whole days. Margaret Ellis's road is in no parking zone, so she has no visitor permits.
 */
export function seededVisitorParking(personId: string, today: Date): VisitorParking | null {
  const day = londonDate(today)
  const renewsOn = nextFirstOfApril(day)
  if (personId === 'renter') {
    return {
      allowance: {
        zone: 'Zone C (Elmwood)',
        unit: 'hours',
        perYear: 120,
        left: 71,
        renewsOn,
        controlledHours: { weekdays: [1, 2, 3, 4, 5, 6], from: '08:30', until: '18:30' },
        bookAheadDays: 90,
      },
      permits: [
        permit('VP-40118', 'KY68 BNE', workingDay(day, -23), 10, 4, 4),
        permit('VP-40207', 'WR17 HGU', workingDay(day, -11), 8.5, 10, 10),
        permit('VP-40233', 'SN21 PLO', workingDay(day, -6), 13, 2, 2, true),
        permit('VP-40251', 'KY68 BNE', workingDay(day, -2), 14, 3, 3),
        permit('VP-40266', 'SN21 PLO', workingDay(day, 2), 10, 3, 3),
        permit('VP-40270', 'WR17 HGU', workingDay(day, 6), 8.5, 10, 10),
      ],
    }
  }
  if (personId === 'tenant') {
    return {
      allowance: {
        zone: 'Zone A (Coldharbour)',
        unit: 'days',
        perYear: 24,
        left: 17,
        renewsOn,
        controlledHours: { weekdays: [1, 2, 3, 4, 5], from: '10:00', until: '16:00' },
        bookAheadDays: 90,
      },
      permits: [
        permit('VP-38842', 'EF15 MXA', workingDay(day, -15), 10, 6, 1),
        permit('VP-38901', 'EF15 MXA', workingDay(addDays(day, 1), 8), 10, 6, 1),
      ],
    }
  }
  return null
}
