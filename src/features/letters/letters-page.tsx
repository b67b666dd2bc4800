import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { LetterSummary } from '#src/gateway/contract/letters'
import { formatDate } from '#src/format/format'
import { useMyLetters } from '#src/session/account-queries'
import { GatewayWords } from '#src/ui/gateway-words'
import { Page } from '#src/ui/page'
import { Tag } from '#src/ui/tag'
import { WithAnswer } from '#src/ui/with-answer'

type Service = LetterSummary['service']
const services: Service[] = ['council_tax', 'benefits']

/** `?service=` says which service's letters to show. It names a service, never anything of the person. */
function serviceIn(query: URLSearchParams): Service | null {
  const asked = query.get('service')
  return services.find((service) => service === asked) ?? null
}

export function LettersPage() {
  const { t } = useTranslation('letters')
  const [query] = useSearchParams()
  const service = serviceIn(query)
  const letters = useMyLetters()
  const title = t(`list.title.${service ?? 'all'}`)
  return (
    <WithAnswer answer={letters} title={title}>
      {(all, offline) => (
        <YourLetters
          title={title}
          service={service}
          letters={all.filter((letter) => !service || letter.service === service)}
          offlineNotice={offline}
        />
      )}
    </WithAnswer>
  )
}

function YourLetters({
  title,
  service,
  letters,
  offlineNotice,
}: {
  title: string
  service: Service | null
  letters: LetterSummary[]
  offlineNotice: ReactNode
}) {
  const { t, i18n } = useTranslation('letters')
  const choices: { service: Service | null; to: string }[] = [
    { service: null, to: '/letters' },
    ...services.map((each) => ({ service: each, to: `/letters?service=${each}` })),
  ]
  return (
    <Page title={title}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {offlineNotice}
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">{t('list.lead')}</p>
          <nav aria-labelledby="letters-show" className="govuk-!-margin-bottom-6">
            <p className="govuk-body govuk-!-margin-bottom-1" id="letters-show">
              {t('list.show')}
            </p>
            <ul className="govuk-list">
              {choices.map((choice) => (
                <li key={choice.to}>
                  {choice.service === service ? (
                    <Link className="govuk-link govuk-!-font-weight-bold" to={choice.to} aria-current="page">
                      {t(`list.choice.${choice.service ?? 'all'}`)}
                    </Link>
                  ) : (
                    <Link className="govuk-link" to={choice.to}>
                      {t(`list.choice.${choice.service ?? 'all'}`)}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
          {letters.length === 0 ? <p className="govuk-body">{t('list.none')}</p> : null}
          <ul className="govuk-list">
            {letters.map((letter) => (
              <li key={letter.id} className="govuk-!-margin-bottom-6">
                <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                  <Link className="govuk-link" to={`/letters/${encodeURIComponent(letter.id)}`}>
                    <GatewayWords>{letter.title}</GatewayWords>
                  </Link>
                </h2>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <Tag colour={letter.service === 'council_tax' ? 'purple' : 'teal'}>{t(`kind.${letter.kind}`)}</Tag>
                </p>
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  {t('list.sent', { date: formatDate(letter.sentOn, i18n.language) })}
                  {letter.about.length > 0 ? ` · ${t('list.about', { references: letter.about.join(', ') })}` : null}
                </p>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </Page>
  )
}
