import { useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Service } from '#src/gateway/contract/service-requests'
import { failureOf } from '#src/gateway/errors'
import { useSession } from '#src/session/session-queries'
import { useProfile } from '#src/session/profile-queries'
import { Radios, TextInput } from '#src/ui/fields'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { Loading } from '#src/ui/page'
import { HOUSING_REPAIR } from './report-draft'
import { useBackLink, useNextStep, useReportJourney } from './report-journey'
import { useCatalogue } from './report-queries'
import { groupServices, searchServices } from './service-search'
import { StepPage } from './step-page'

export function ChooseServicePage() {
  const { t } = useTranslation('report')
  const catalogue = useCatalogue()
  const session = useSession()
  const isTenant = session.data?.signedIn === true && session.data.person.tenant
  const back = useBackLink('service')
  if (catalogue.isError) {
    return (
      <StepPage title={t('service.title')} back={back}>
        <GatewayFailureMessage failure={failureOf(catalogue.error)} onTryAgain={() => void catalogue.refetch()} />
      </StepPage>
    )
  }
  if (!catalogue.data) return <Loading />
  const services = catalogue.data.filter((service) => !service.tenantsOnly || isTenant)
  return <ServiceChooser services={services} back={back} />
}

function ServiceChooser({ services, back }: { services: Service[]; back: string }) {
  const { t } = useTranslation('report')
  const { draft, change } = useReportJourney()
  const [query, setQuery] = useState('')
  const [searched, setSearched] = useState<string | null>(null)
  const [chosen, setChosen] = useState<string | null>(draft.serviceCode)
  const [error, setError] = useState<string | undefined>()
  const next = useNextStep('service')
  const profile = useProfile()
  const found = useMemo(() => (searched === null ? null : searchServices(services, searched)), [services, searched])

  function search(event: FormEvent) {
    event.preventDefault()
    setSearched(query)
  }

  function continueWithService(event: FormEvent) {
    event.preventDefault()
    if (!chosen) {
      setError(t('errors.service.missing'))
      return
    }
    const home = profile.data?.address
    change((current) => ({
      serviceCode: chosen,
      answers: current.serviceCode === chosen ? current.answers : {},
      ...(chosen === HOUSING_REPAIR && home
        ? { location: { kind: 'address' as const, uprn: home.uprn, text: home.text }, locationMethod: null }
        : {}),
      ...(chosen !== HOUSING_REPAIR && current.serviceCode === HOUSING_REPAIR ? { location: null } : {}),
    }))
    next(chosen)
  }

  const choices = (list: Service[]) =>
    list.map((service) => ({
      value: service.serviceCode,
      label: <GatewayWords>{service.name}</GatewayWords>,
      hint: <GatewayWords>{service.description}</GatewayWords>,
    }))

  return (
    <StepPage title={t('service.title')} back={back} errors={error ? [{ href: 'service', text: error }] : []}>
      <form noValidate onSubmit={search} role="search">
        <TextInput
          id="service-search"
          name="search"
          label={t('service.searchLabel')}
          hint={t('service.searchHint')}
          value={query}
          onChange={setQuery}
        />
        <button type="submit" className="govuk-button govuk-button--secondary">
          {t('service.searchButton')}
        </button>
      </form>
      {found !== null ? (
        <p className="govuk-body" role="status">
          {t('service.results', { count: found.length })}
        </p>
      ) : null}
      <form noValidate onSubmit={continueWithService}>
        {found !== null ? (
          found.length > 0 ? (
            <Radios
              id="service"
              name="service"
              legend={t('service.chooseLegend')}
              error={error}
              value={chosen}
              onChange={setChosen}
              choices={choices(found)}
            />
          ) : null
        ) : (
          <>
            <h2 className="govuk-heading-m">{t('service.browseHeading')}</h2>
            {/* Each group is a radio group of its own, so Tab stops at every group and arrow keys stay inside one;
                the one choice across all of them is kept here, so choosing in one group clears the others. */}
            {groupServices(services).map(([group, inGroup], index) => (
              <Radios
                key={group}
                id={index === 0 ? 'service' : `service-group-${index + 1}`}
                name={`service-group-${index + 1}`}
                legend={<GatewayWords>{group}</GatewayWords>}
                legendSize="s"
                error={index === 0 ? error : undefined}
                value={chosen}
                onChange={setChosen}
                choices={choices(inGroup)}
              />
            ))}
          </>
        )}
        {found !== null ? (
          <p className="govuk-body">
            <button type="button" className="app-button-as-link govuk-link" onClick={() => setSearched(null)}>
              {t('service.browseAll')}
            </button>
          </p>
        ) : null}
        <button type="submit" className="govuk-button">
          {t('continue')}
        </button>
      </form>
    </StepPage>
  )
}
