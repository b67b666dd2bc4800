import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ServiceAttribute } from '#src/gateway/contract/service-requests'
import { failureOf } from '#src/gateway/errors'
import { usePersonalAutocomplete } from '#src/session/session-queries'
import { Checkboxes, Radios, Textarea, TextInput } from '#src/ui/fields'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { Loading } from '#src/ui/page'
import { isBlank, meaningfulText } from '#src/ui/typed-text'
import { useBackLink, useNextStep, useReportJourney } from './report-journey'
import { useServiceDefinition } from './report-queries'
import { NoReportStarted, StepPage } from './step-page'
import { said, useSaidErrors, type Said } from '#src/ui/said'
import { Button } from '#src/ui/button'

const LONGEST_DETAILS = 2000

function answerGiven(answer: string | string[] | undefined) {
  return Array.isArray(answer) ? answer.length > 0 : !isBlank(answer ?? '')
}

/** The service's own questions, drawn from its Open311 definition, then anything else to add. */
export function QuestionsPage() {
  const { t } = useTranslation('report')
  const { draft, change } = useReportJourney()
  const definition = useServiceDefinition(draft.serviceCode)
  const next = useNextStep('questions')
  const back = useBackLink('questions')
  const personal = usePersonalAutocomplete()
  const [answers, setAnswers] = useState(draft.answers)
  const [details, setDetails] = useState(draft.details)
  const [errors, setErrors] = useSaidErrors<string>('report')

  if (!draft.serviceCode) return <NoReportStarted title={t('questions.title')} />
  if (definition.isError) {
    return (
      <StepPage title={t('questions.title')} back={back}>
        <GatewayFailureMessage failure={failureOf(definition.error)} onTryAgain={() => void definition.refetch()} />
      </StepPage>
    )
  }
  if (!definition.data) return <Loading />
  const attributes = [...definition.data.attributes].sort((a, b) => a.order - b.order)

  function keep(code: string, value: string | string[]) {
    const updated = { ...answers, [code]: value }
    setAnswers(updated)
    change({ answers: updated })
  }

  function continueOn(event: FormEvent) {
    event.preventDefault()
    const found: Record<string, Said> = {}
    for (const attribute of attributes) {
      if (attribute.required && !answerGiven(answers[attribute.code])) {
        found[attribute.code] =
          attribute.values.length > 0
            ? said('errors.answer.missingChoice', { question: attribute.question })
            : said('errors.answer.missing', { question: attribute.question })
      }
    }
    if (meaningfulText(details).length > LONGEST_DETAILS) found.details = said('errors.details.tooLong', { count: LONGEST_DETAILS })
    setErrors(found)
    if (Object.keys(found).length > 0) return
    change({ answers, details })
    next()
  }

  const field = (attribute: ServiceAttribute) => {
    const id = `answer-${attribute.code}`
    const answer = answers[attribute.code]
    const common = {
      id,
      name: attribute.code,
      error: errors[attribute.code],
      hint: attribute.description ? <GatewayWords>{attribute.description}</GatewayWords> : undefined,
    }
    switch (attribute.datatype) {
      case 'singlevaluelist':
        return (
          <Radios
            key={attribute.code}
            {...common}
            legend={<GatewayWords>{attribute.question}</GatewayWords>}
            value={typeof answer === 'string' ? answer : null}
            onChange={(value) => keep(attribute.code, value)}
            choices={attribute.values.map((value) => ({ value: value.key, label: <GatewayWords>{value.name}</GatewayWords> }))}
          />
        )
      case 'multivaluelist':
        return (
          <Checkboxes
            key={attribute.code}
            {...common}
            legend={<GatewayWords>{attribute.question}</GatewayWords>}
            values={Array.isArray(answer) ? answer : []}
            onChange={(values) => keep(attribute.code, values)}
            choices={attribute.values.map((value) => ({ value: value.key, label: <GatewayWords>{value.name}</GatewayWords> }))}
          />
        )
      case 'text':
        return (
          <Textarea
            key={attribute.code}
            {...common}
            label={<GatewayWords>{attribute.question}</GatewayWords>}
            value={typeof answer === 'string' ? answer : ''}
            onChange={(value) => keep(attribute.code, value)}
            autoComplete={personal()}
          />
        )
      default:
        return (
          <TextInput
            key={attribute.code}
            {...common}
            label={<GatewayWords>{attribute.question}</GatewayWords>}
            inputMode={attribute.datatype === 'number' ? 'decimal' : undefined}
            value={typeof answer === 'string' ? answer : ''}
            onChange={(value) => keep(attribute.code, value)}
            autoComplete={personal()}
          />
        )
    }
  }

  const summary = [...attributes.map((attribute) => attribute.code), 'details'].flatMap((code) =>
    errors[code] ? [{ href: code === 'details' ? 'details' : `answer-${code}`, text: errors[code] }] : [],
  )

  return (
    <StepPage title={t('questions.title')} back={back} errors={summary}>
      <form noValidate onSubmit={continueOn}>
        {attributes.map(field)}
        <Textarea
          id="details"
          name="details"
          label={t('questions.details')}
          hint={t('questions.detailsHint')}
          error={errors.details}
          value={details}
          onChange={(value) => {
            setDetails(value)
            change({ details: value })
          }}
          autoComplete={personal()}
        />
        <Button>{t('continue')}</Button>
      </form>
    </StepPage>
  )
}
