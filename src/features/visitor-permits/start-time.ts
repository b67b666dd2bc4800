/** A time as people type it ("9", "9:30", "9.30am", "2 pm", "14:00") as the 24-hour HH:MM the council takes, or null. */
export function clockTimeOf(typed: string): string | null {
  const squashed = typed
    .toLowerCase()
    .replace(/\s/g, '')
    .replace(/([ap])\.m\.?$/, '$1m')
  const parts = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm)?$/.exec(squashed)
  if (!parts) return null
  let hours = Number(parts[1])
  const minutes = Number(parts[2] ?? 0)
  const half = parts[3]
  if (minutes > 59) return null
  if (half) {
    if (hours < 1 || hours > 12) return null
    hours = (hours % 12) + (half === 'pm' ? 12 : 0)
  } else if (hours > 23) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
