/** Enough for the caller to recognise their own address: the first letter and the domain. */
export function maskEmail(email: string) {
  const at = email.lastIndexOf('@')
  return at > 0 ? `${email.charAt(0)}•••${email.slice(at)}` : '•••'
}

/**
 * Enough for the caller to recognise their own number: its last three digits, after the 07, 01 or
 * 02 that says what kind of UK number it is, however the number was written.
 */
export function maskPhone(phone: string) {
  const digits = phone.replace(/\D/g, '')
  const international = phone.trim().startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : null
  const national =
    international === null ? digits : international.startsWith('44') ? `0${international.slice(2).replace(/^0/, '')}` : international
  if (national.length < 9) return '•••'
  return `${national.startsWith('0') ? national.slice(0, 2) : ''}•••••${national.slice(-3)}`
}
