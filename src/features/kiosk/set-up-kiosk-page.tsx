import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isKioskDevice, turnKioskModeOff, turnKioskModeOn } from '#src/device/device-settings'
import { Button, ButtonLink } from '#src/ui/button'
import { ButtonGroup } from '#src/ui/button-group'
import { Page } from '#src/ui/page'
import { WarningText } from '#src/ui/warning-text'
import { useEndTheVisit } from './end-the-visit'

/**
 * A member of staff turns kiosk mode on or off for the device they are using. Turning it on signs them out and
 * clears the device, so the first person to use the kiosk finds the start screen and nothing of anyone.
 */
export function SetUpKioskPage() {
  const { t } = useTranslation('kiosk')
  const endTheVisit = useEndTheVisit()
  const [kiosk, setKiosk] = useState(isKioskDevice)
  const [confirming, setConfirming] = useState(false)
  const [turnedOff, setTurnedOff] = useState(false)

  if (confirming) {
    const title = kiosk ? t('setUp.confirmOffTitle') : t('setUp.confirmOnTitle')
    return (
      <Page title={title}>
        <h1 className="govuk-heading-l">{title}</h1>
        {kiosk ? <p className="govuk-body">{t('setUp.confirmOff')}</p> : <WarningText>{t('setUp.confirmOn')}</WarningText>}
        <ButtonGroup>
          <Button
            type="button"
            look={kiosk ? 'primary' : 'warning'}
            onClick={() => {
              if (kiosk) {
                turnKioskModeOff()
                document.documentElement.classList.remove('app-kiosk')
                setKiosk(false)
                setConfirming(false)
                setTurnedOff(true)
                return
              }
              turnKioskModeOn()
              void endTheVisit()
            }}
          >
            {kiosk ? t('setUp.yesOff') : t('setUp.yesOn')}
          </Button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
            {t('setUp.cancel')}
          </button>
        </ButtonGroup>
      </Page>
    )
  }

  return (
    <Page title={t('setUp.title')}>
      <h1 className="govuk-heading-l">{t('setUp.title')}</h1>
      <p className="govuk-body">{t('setUp.what')}</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>{t('setUp.keepsNothing')}</li>
        <li>{t('setUp.bigTargets')}</li>
        <li>{t('setUp.noLinksOut')}</li>
        <li>{t('setUp.clears')}</li>
      </ul>
      <p className="govuk-body govuk-!-font-weight-bold" role={turnedOff ? 'status' : undefined}>
        {kiosk ? t('setUp.statusOn') : t('setUp.statusOff')}
      </p>
      <ButtonGroup>
        <Button type="button" look={kiosk ? 'secondary' : 'primary'} onClick={() => setConfirming(true)}>
          {kiosk ? t('setUp.turnOff') : t('setUp.turnOn')}
        </Button>
        <ButtonLink to="/" look="secondary">
          {t('setUp.back')}
        </ButtonLink>
      </ButtonGroup>
    </Page>
  )
}
