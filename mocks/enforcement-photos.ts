import type { EnforcementPhotoRecord, PenaltyChargeRecord } from './penalty-charges-seed'

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[character] ?? character,
  )

/** The camera's stamp in the corner, as a civil enforcement officer's handheld prints it: when, and the notice. */
function stamp(charge: PenaltyChargeRecord) {
  const taken = charge.issuedAt.slice(0, 16).replace('T', ' ')
  return `<rect x="0" y="410" width="640" height="70" fill="#000" fill-opacity="0.65"/>
<text x="16" y="440" font-family="monospace" font-size="20" fill="#fff">${escapeXml(taken)} UTC  ${escapeXml(charge.reference)}</text>
<text x="16" y="466" font-family="monospace" font-size="16" fill="#fff">${escapeXml(charge.location)}</text>`
}

function car(registration: string, x: number, y: number, scale: number) {
  return `<g transform="translate(${x} ${y}) scale(${scale})">
<rect x="0" y="40" width="300" height="90" rx="24" fill="#2f5d8a"/>
<path d="M50 40 L90 0 H210 L250 40 Z" fill="#3d74a8"/>
<path d="M70 38 L98 10 H146 V38 Z M154 38 V10 H202 L230 38 Z" fill="#cfe3f2"/>
<circle cx="70" cy="130" r="28" fill="#222"/><circle cx="230" cy="130" r="28" fill="#222"/>
<circle cx="70" cy="130" r="12" fill="#888"/><circle cx="230" cy="130" r="12" fill="#888"/>
<rect x="100" y="92" width="100" height="26" fill="#f7d117" stroke="#111" stroke-width="2"/>
<text x="150" y="112" font-family="sans-serif" font-weight="bold" font-size="18" text-anchor="middle" fill="#111">${escapeXml(registration)}</text>
</g>`
}

const street = `<rect width="640" height="480" fill="#9cc7e6"/>
<rect y="120" width="640" height="160" fill="#b9866a"/>
<g fill="#e9eef2">${[40, 170, 300, 430, 560].map((x) => `<rect x="${x}" y="150" width="60" height="80"/>`).join('')}</g>
<rect y="280" width="640" height="30" fill="#c9c9c9"/>
<rect y="310" width="640" height="170" fill="#555"/>
<rect y="318" width="640" height="6" fill="#f7d117"/><rect y="328" width="640" height="6" fill="#f7d117"/>`

const sign = (x: number, y: number, words: string[]) => `<g transform="translate(${x} ${y})">
<rect x="48" y="110" width="8" height="200" fill="#666"/>
<rect x="0" y="0" width="104" height="120" fill="#fff" stroke="#1d4ed8" stroke-width="6"/>
${words.map((word, index) => `<text x="52" y="${30 + index * 24}" font-family="sans-serif" font-size="16" text-anchor="middle" fill="#111">${escapeXml(word)}</text>`).join('')}
</g>`

/** A realistic placeholder for the officer's photo: a street, the vehicle, its plate or the sign, stamped as a real one is. */
export function enforcementPhotoSvg(charge: PenaltyChargeRecord, photo: EnforcementPhotoRecord): string {
  const scene =
    photo.view === 'vehicle'
      ? `${street}${sign(520, 120, ['Permit', 'holders', 'only'])}${car(charge.vehicleRegistration, 120, 230, 1.2)}`
      : photo.view === 'plate'
        ? `<rect width="640" height="480" fill="#2f5d8a"/>${car(charge.vehicleRegistration, -300, -120, 3.2)}`
        : `${street}${sign(250, 40, ['Permit', 'holders', `${charge.contravention.code}`])}<rect y="330" width="640" height="4" fill="#fff"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 480" width="640" height="480" role="img">
<title>${escapeXml(photo.description)}</title>
${scene}
${stamp(charge)}
</svg>`
}
