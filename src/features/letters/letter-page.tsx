import type { ReactNode } from 'react'
import { isKioskDevice } from '#src/device/device-settings'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { Letter } from '#src/gateway/contract/letters'
import { formatDate } from '#src/format/format'
import { BackLink } from '#src/ui/back-link'
import { Button } from '#src/ui/button'
import { GatewayWords } from '#src/ui/gateway-words'
import { Page } from '#src/ui/page'
import { WithAnswer } from '#src/ui/with-answer'
import { LetterBody } from './letter-body'
import { useLetter } from './letters-queries'
import './letters.scss'

export function LetterPage() {
  const { id } = useParams()
  return id ? <OneLetter key={id} id={id} /> : <LetterNotFound />
}

function OneLetter({ id }: { id: string }) {
  const { t } = useTranslation('letters')
  const letter = useLetter(id)
  return (
    <WithAnswer answer={letter} title={t('letter.loading')} notFound={<LetterNotFound />}>
      {(found, offline) => <LetterView letter={found} offlineNotice={offline} />}
    </WithAnswer>
  )
}

function LetterView({ letter, offlineNotice }: { letter: Letter; offlineNotice: ReactNode }) {
  const { t, i18n } = useTranslation(['letters', 'kiosk'])
  return (
    <Page title={letter.title}>
      <div className="app-letter">
        <BackLink to={`/letters?service=${letter.service}`}>{t('letter.back')}</BackLink>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <div className="app-no-print">{offlineNotice}</div>
            <span className="govuk-caption-l">
              {t('letter.caption', { kind: t(`kind.${letter.kind}`), date: formatDate(letter.sentOn, i18n.language) })}
            </span>
            <h1 className="govuk-heading-l">
              <GatewayWords>{letter.title}</GatewayWords>
            </h1>
            <LetterBody parts={letter.body} />
            <div className="app-no-print">
              {/* A kiosk prints; saving a PDF would leave the letter on a computer the next person uses. */}
              <p className="govuk-body">{isKioskDevice() ? t('kiosk:letter.printHint') : t('letter.printHint')}</p>
              <Button type="button" look="secondary" onClick={() => window.print()}>
                {isKioskDevice() ? t('kiosk:letter.print') : t('letter.print')}
              </Button>
            </div>
          </div>
        </div>
      </div>
    </Page>
  )
}

export function LetterNotFound() {
  const { t } = useTranslation('letters')
  return (
    <Page title={t('notFound.title')}>
      <h1 className="govuk-heading-l">{t('notFound.title')}</h1>
      <p className="govuk-body">{t('notFound.body')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/letters">
          {t('notFound.back')}
        </Link>
      </p>
    </Page>
  )
}
