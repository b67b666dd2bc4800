export type AmountError = 'missing' | 'format' | 'tooSmall' | 'tooBig'

/**
 * Reads pounds and pence as typed ("£25", "25.5", "1,250.00") into whole pence, without
 * floating point, so £0.10 + £0.20 never becomes £0.30000000000000004.
 */
export function penceFromPounds(typed: string): number | 'missing' | 'format' {
  const cleaned = typed
    .trim()
    .replace(/^£/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '')
    .trim()
  if (!cleaned) return 'missing'
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(cleaned)
  if (!match) return 'format'
  const pounds = Number(match[1])
  const pence = Number((match[2] ?? '0').padEnd(2, '0'))
  return pounds * 100 + pence
}

export function checkAmount(typed: string, minimum: number, maximum: number): { pence: number } | { error: AmountError } {
  const pence = penceFromPounds(typed)
  if (pence === 'missing' || pence === 'format') return { error: pence }
  if (pence < minimum) return { error: 'tooSmall' }
  if (pence > maximum) return { error: 'tooBig' }
  return { pence }
}

/** Pounds and pence as the person would type them: "186.42". */
export function poundsForInput(pence: number): string {
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`
}
