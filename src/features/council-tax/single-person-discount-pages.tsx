import { createContext, useContext, useEffect, useState, type FormEvent } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { Link, Navigate, Outlet, useNavigate } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import { useKeptAnswers } from '#src/device/kept-answers'
import { formatDate, londonDayOf, phoneNumberText } from '#src/format/format'
import { SINGLE_PERSON_DISCOUNT_YEARS_BACK, type SinglePersonDiscountClaim } from '#src/gateway/contract/council-tax'
import { checkDate, type DateProblem } from '#src/ui/date-check'
import { BackLink } from '#src/ui/back-link'
import { Button } from '#src/ui/button'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { DateInput, type DateParts } from '#src/ui/date-input'
import { ErrorSummary } from '#src/ui/error-summary'
import { Checkboxes, Radios } from '#src/ui/fields'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { KeptToSendPage } from '#src/ui/kept-to-send-page'
import { Loading, Page } from '#src/ui/page'
import { PhoneLink } from '#src/ui/phone-link'
import { said, useSay, type Said } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import { useSignedInPersonId } from '#src/session/session-queries'
import { councilTaxPaths, WithCouncilTaxAccount } from './council-tax-page'
import { useApplyForSinglePersonDiscount } from './council-tax-queries'

const NS = 'council-tax'
const paths = {
  others: '/council-tax/single-person-discount',
  someoneElse: '/council-tax/single-person-discount/someone-else',
  date: '/council-tax/single-person-discount/date',
  check: '/council-tax/single-person-discount/check',
}

/** The answers as typed: nothing is tidied away when an answer needs changing. */
interface Answers {
  othersAged18: 'yes' | 'no' | null
  livingAloneSince: DateParts
  declared: boolean
}

interface Journey {
  answers: Answers
  answer: (update: Partial<Answers>) => void
  applying: ReturnType<typeof useApplyForSinglePersonDiscount>
}

const JourneyContext = createContext<Journey | null>(null)

function useJourney(): Journey {
  const journey = useContext(JourneyContext)
  if (!journey) throw new Error('A step of applying for single person discount is shown outside its journey')
  return journey
}

function yearsBefore(isoDay: string, years: number): string {
  return `${Number(isoDay.slice(0, 4)) - years}${isoDay.slice(4)}`
}

/** The date as the gateway takes it, or what is wrong with it: it must be today or before, and within 6 years. */
export function checkLivingAloneSince(parts: DateParts, today = londonDayOf(new Date().toISOString())): { iso: string } | DateProblem {
  const checked = checkDate(parts, today)
  if ('said' in checked) return checked
  if (checked.iso > today) return { said: said('errors.date.future'), parts: ['day', 'month', 'year'] }
  if (checked.iso < yearsBefore(today, SINGLE_PERSON_DISCOUNT_YEARS_BACK)) {
    return { said: said('errors.date.tooLongAgo', { years: SINGLE_PERSON_DISCOUNT_YEARS_BACK }), parts: ['day', 'month', 'year'] }
  }
  return checked
}

const noAnswers: Answers = { othersAged18: null, livingAloneSince: { day: '', month: '', year: '' }, declared: false }
const DRAFT_NAME = 'single-person-discount'

/** The steps share the answers; the account is read first, as someone who has the discount, or has asked, need not ask. */
export function SinglePersonDiscountJourney() {
  const personId = useSignedInPersonId()
  return personId ? <AnswersKeeper key={personId} personId={personId} /> : <Loading />
}

function AnswersKeeper({ personId }: { personId: string }) {
  const { t } = useTranslation(NS)
  const { answers, answer, finish } = useKeptAnswers(DRAFT_NAME, personId, noAnswers)
  const applying = useApplyForSinglePersonDiscount()
  const result = applying.data
  useEffect(() => {
    // Sent, or kept in the outbox to be sent: the answers are not kept as a draft as well.
    if (result?.ok || result?.kept) finish()
  }, [result, finish])
  if (!answers) return <Loading />
  const journey: Journey = { answers, answer, applying }
  return (
    <WithCouncilTaxAccount title={t('spd.title')}>
      {(account) => {
        const alreadyGiven = account.reductions.some((reduction) => reduction.kind === 'single_person_discount')
        // Once this journey has sent it, the confirmation is shown, though the account now shows it waiting.
        if (!result && (alreadyGiven || account.singlePersonDiscountApplication)) {
          return <NoNeedToApply waiting={!alreadyGiven} />
        }
        return (
          <JourneyContext value={journey}>
            <Outlet />
          </JourneyContext>
        )
      }}
    </WithCouncilTaxAccount>
  )
}

function NoNeedToApply({ waiting }: { waiting: boolean }) {
  const { t } = useTranslation(NS)
  return (
    <Page title={t('spd.title')}>
      <BackLink to={councilTaxPaths.account}>{t('spd.back')}</BackLink>
      <h1 className="govuk-heading-l">{t('spd.title')}</h1>
      <p className="govuk-body">{waiting ? t('spd.alreadyWaiting') : t('spd.alreadyGiven')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={councilTaxPaths.account}>
          {t('spd.back')}
        </Link>
      </p>
    </Page>
  )
}

export function OthersAged18Page() {
  const { t } = useTranslation(NS)
  const say = useSay(NS)
  const navigate = useNavigate()
  const { answers, answer } = useJourney()
  const [problem, setProblem] = useState<Said | null>(null)
  const error = say(problem)

  function next(event: FormEvent) {
    event.preventDefault()
    if (!answers.othersAged18) return setProblem(said('errors.othersAged18.missing'))
    setProblem(null)
    void navigate(answers.othersAged18 === 'yes' ? paths.someoneElse : paths.date)
  }

  return (
    <Page title={t('spd.others.legend')}>
      <BackLink to={councilTaxPaths.account}>{t('spd.back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={error ? [{ href: 'othersAged18', text: error }] : []} />
          <span className="govuk-caption-l">{t('spd.title')}</span>
          <form noValidate onSubmit={next}>
            <Radios
              id="othersAged18"
              name="othersAged18"
              legend={<h1 className="govuk-fieldset__heading">{t('spd.others.legend')}</h1>}
              legendSize="l"
              hint={t('spd.others.hint')}
              error={error}
              value={answers.othersAged18}
              onChange={(value) => answer({ othersAged18: value === 'yes' ? 'yes' : 'no' })}
              choices={[
                { value: 'yes', label: t('spd.others.yes') },
                { value: 'no', label: t('spd.others.no') },
              ]}
            />
            <Button>{t('spd.continue')}</Button>
          </form>
        </div>
      </div>
    </Page>
  )
}

export function SomeoneElseLivesHerePage() {
  const { t } = useTranslation(NS)
  const council = useCouncil()
  return (
    <Page title={t('spd.someoneElse.title')}>
      <BackLink to={paths.others}>{t('spd.backToQuestion')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('spd.someoneElse.title')}</h1>
          <p className="govuk-body">{t('spd.someoneElse.body')}</p>
          <p className="govuk-body">{t('spd.someoneElse.notCountedIntro')}</p>
          <ul className="govuk-list govuk-list--bullet">
            {(['students', 'apprentices', 'carers', 'careWorkers', 'severeImpairment', 'under18Benefit'] as const).map((who) => (
              <li key={who}>{t(`spd.someoneElse.notCounted.${who}`)}</li>
            ))}
          </ul>
          <p className="govuk-body">
            <Trans
              t={t}
              i18nKey="spd.someoneElse.call"
              values={{ phone: phoneNumberText(council.contact.phone) }}
              components={{ phone: <PhoneLink number={council.contact.phone} /> }}
            />
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to={councilTaxPaths.account}>
              {t('spd.back')}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}

export function LivingAloneSincePage() {
  const { t } = useTranslation(NS)
  const say = useSay(NS)
  const navigate = useNavigate()
  const { answers, answer } = useJourney()
  const [problem, setProblem] = useState<DateProblem | null>(null)
  const error = say(problem?.said)

  if (answers.othersAged18 !== 'no') return <Navigate to={paths.others} replace />

  function next(event: FormEvent) {
    event.preventDefault()
    const checked = checkLivingAloneSince(answers.livingAloneSince)
    if ('said' in checked) return setProblem(checked)
    setProblem(null)
    void navigate(paths.check)
  }

  return (
    <Page title={t('spd.date.title')}>
      <BackLink to={paths.others}>{t('spd.backToQuestion')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={error ? [{ href: 'livingAloneSince', text: error }] : []} />
          <span className="govuk-caption-l">{t('spd.title')}</span>
          <h1 className="govuk-heading-l">{t('spd.date.title')}</h1>
          <form noValidate onSubmit={next}>
            <DateInput
              id="livingAloneSince"
              legend={t('spd.date.legend')}
              legendSize="s"
              hint={t('spd.date.hint', { years: SINGLE_PERSON_DISCOUNT_YEARS_BACK })}
              error={error}
              wrongParts={problem?.parts}
              labels={{ day: t('spd.date.day'), month: t('spd.date.month'), year: t('spd.date.year') }}
              value={answers.livingAloneSince}
              onChange={(livingAloneSince) => answer({ livingAloneSince })}
            />
            <Button>{t('spd.continue')}</Button>
          </form>
        </div>
      </div>
    </Page>
  )
}

export function CheckSinglePersonDiscountPage() {
  const { t, i18n } = useTranslation(NS)
  const say = useSay(NS)
  const { answers, answer, applying } = useJourney()
  const [notDeclared, setNotDeclared] = useState(false)
  const result = applying.data

  if (result?.ok) return <Applied reference={result.data.reference} />
  if (result?.kept) return <WaitingToApply />
  const date = checkLivingAloneSince(answers.livingAloneSince)
  if (answers.othersAged18 !== 'no' || 'said' in date) return <Navigate to={paths.others} replace />

  const failure = result && !result.ok ? result.failure : null
  const refused =
    failure?.kind === 'invalid'
      ? formErrorsFromGateway(failure, { namespace: NS, fields: { livingAloneSince: 'livingAloneSince' } as const }, i18n)
      : null
  // A refusal about no one answer (the discount given already, or an application waiting) is said in our own words.
  const refusedOutright = refused && !refused.byField.livingAloneSince
  const errors = [
    ...(notDeclared ? [{ href: 'declaration', text: t('errors.declaration.missing') }] : []),
    ...(refused?.byField.livingAloneSince ? [{ text: say(refused.byField.livingAloneSince) ?? '' }] : []),
    ...(refusedOutright ? [{ text: t('errors.refused') }] : []),
  ]
  const change = (to: string, what: string) => [{ to, text: t('spd.check.change'), visuallyHiddenText: what }]

  function apply(event: FormEvent) {
    event.preventDefault()
    if (!answers.declared) return setNotDeclared(true)
    setNotDeclared(false)
    if ('said' in date) return
    const claim: SinglePersonDiscountClaim = { livingAloneSince: date.iso, nobodyElseCounted: true, declaration: true }
    applying.mutate(claim)
  }

  return (
    <Page title={t('spd.check.title')}>
      <BackLink to={paths.date}>{t('spd.backToQuestion')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">{t('spd.check.title')}</h1>
          <SummaryList
            rows={[
              { key: t('spd.check.others'), value: t('spd.others.no'), actions: change(paths.others, t('spd.check.others')) },
              {
                key: t('spd.check.since'),
                value: formatDate(date.iso, i18n.language),
                actions: change(paths.date, t('spd.check.since')),
              },
            ]}
          />
          <h2 className="govuk-heading-m">{t('spd.check.declarationTitle')}</h2>
          {failure && !refused ? <GatewayFailureMessage failure={failure} /> : null}
          <form noValidate onSubmit={apply}>
            <Checkboxes
              id="declaration"
              name="declaration"
              legend={t('spd.check.declarationTitle')}
              legendSize="s"
              error={notDeclared ? t('errors.declaration.missing') : undefined}
              values={answers.declared ? ['yes'] : []}
              onChange={(values) => answer({ declared: values.includes('yes') })}
              choices={[{ value: 'yes', label: t('spd.check.declaration') }]}
            />
            <SubmitButton sending={applying.isPending}>{t('spd.check.send')}</SubmitButton>
          </form>
        </div>
      </div>
    </Page>
  )
}

function Applied({ reference }: { reference: string }) {
  const { t } = useTranslation(NS)
  return (
    <Page title={t('spd.applied.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title={t('spd.applied.title')}>
            {t('spd.applied.reference')}
            <br />
            <strong>{reference}</strong>
          </ConfirmationPanel>
          <h2 className="govuk-heading-m">{t('spd.applied.nextTitle')}</h2>
          <p className="govuk-body">{t('spd.applied.next')}</p>
          <p className="govuk-body">{t('spd.applied.meanwhile')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={councilTaxPaths.account}>
              {t('spd.back')}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}

function WaitingToApply() {
  const { t } = useTranslation(NS)
  return (
    <KeptToSendPage
      title={t('spd.waiting.title')}
      body={t('spd.waiting.body')}
      links={[
        { to: '/waiting', text: t('spd.waiting.seeWaiting') },
        { to: councilTaxPaths.account, text: t('spd.back') },
      ]}
    />
  )
}
