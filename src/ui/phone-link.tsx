import { LinkElsewhere } from './link-elsewhere'

/** A number that dials when tapped. It reads left to right on a right-to-left page, and never breaks across lines. */
export function PhoneLink({ number, className = 'govuk-link' }: { number: string; className?: string }) {
  return (
    <LinkElsewhere className={`${className} app-phone-number`} href={`tel:${number.replace(/\s/g, '')}`} dir="ltr">
      {number}
    </LinkElsewhere>
  )
}
