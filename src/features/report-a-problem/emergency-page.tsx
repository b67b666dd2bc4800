import { useTranslation } from 'react-i18next'
import { useCouncil } from '#src/councils/council-context'
import { WarningText } from '#src/ui/warning-text'
import { PhoneLink } from '#src/ui/phone-link'
import { useBackLink, useNextStep } from './report-journey'
import { StepPage } from './step-page'
import { Button } from '#src/ui/button'

const GAS_EMERGENCY = '0800 111 999'

/** Before any repair form: what to do now if it is dangerous, day or night. */
export function EmergencyPage() {
  const council = useCouncil()
  const { t } = useTranslation('report')
  const next = useNextStep('emergency')
  const back = useBackLink('emergency')
  return (
    <StepPage title={t('emergency.title')} back={back}>
      <WarningText>
        {t('emergency.gas')} <PhoneLink number={GAS_EMERGENCY} />
      </WarningText>
      <p className="govuk-body">{t('emergency.callUsIf')}</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>{t('emergency.flooding')}</li>
        <li>{t('emergency.noHeating')}</li>
        <li>{t('emergency.noWater')}</li>
        <li>{t('emergency.electrics')}</li>
        <li>{t('emergency.insecure')}</li>
      </ul>
      <p className="govuk-body govuk-!-font-weight-bold">
        {t('emergency.callNumber')} <PhoneLink number={council.contact.outOfHoursPhone} />
      </p>
      <p className="govuk-body">{t('emergency.notEmergency')}</p>
      <Button type="button" onClick={() => next()}>
        {t('emergency.continue')}
      </Button>
    </StepPage>
  )
}
