import { Trans, useTranslation } from 'react-i18next'
import type { OpeningHours } from '#src/councils/council'
import { useCouncil, wordsIn } from '#src/councils/council-context'
import { formatTime, formatWeekday } from '#src/format/format'
import { LinkElsewhere } from './link-elsewhere'
import { PhoneLink } from './phone-link'

export function describeOpeningHours(hours: OpeningHours, language: string, t: (key: string, options: Record<string, string>) => string) {
  const times = { opens: formatTime(hours.opens, language), closes: formatTime(hours.closes, language) }
  return hours.fromDay === hours.toDay
    ? t('contact.hoursOneDay', { day: formatWeekday(hours.fromDay, language), ...times })
    : t('contact.hours', { from: formatWeekday(hours.fromDay, language), to: formatWeekday(hours.toDay, language), ...times })
}

/** The council's phone, email and One Stop Shop: the other ways to get help, on every page. */
export function ContactDetails() {
  const council = useCouncil()
  const { t, i18n } = useTranslation()
  const { contact } = council
  const say = (key: string, options: Record<string, string>) => t(key, options)
  const place = wordsIn(contact.oneStopShop.name, i18n.language)
  const address = wordsIn(contact.oneStopShop.address, i18n.language)
  return (
    <>
      <p className="govuk-body">
        {t('contact.phone')} <PhoneLink className="govuk-footer__link" number={contact.phone} />
        <br />
        {contact.openingHours.map((hours) => describeOpeningHours(hours, i18n.language, say)).join('. ')}
      </p>
      <p className="govuk-body">
        {t('contact.email')}{' '}
        <LinkElsewhere className="govuk-footer__link govuk-!-text-break-word" href={`mailto:${contact.email}`}>
          {contact.email}
        </LinkElsewhere>
      </p>
      <p className="govuk-body">
        <Trans
          t={t}
          i18nKey="contact.visit"
          values={{ name: place.text, address: address.text }}
          components={{ place: <span lang={place.lang} dir={place.dir} />, address: <span lang={address.lang} dir={address.dir} /> }}
        />
        <br />
        {contact.oneStopShop.openingHours.map((hours) => describeOpeningHours(hours, i18n.language, say)).join('. ')}
      </p>
      <p className="govuk-body">
        {t('contact.emergency')} <PhoneLink className="govuk-footer__link" number={contact.outOfHoursPhone} />
      </p>
    </>
  )
}
