import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate } from 'react-router'
import { EvidencePicker } from '#src/evidence/evidence-picker'
import { MOST_EVIDENCE_FILES } from '#src/gateway/contract/changes'
import { CharacterCount } from '#src/ui/character-count'
import { DateInput } from '#src/ui/date-input'
import { ErrorMessage } from '#src/ui/error-message'
import { Button } from '#src/ui/button'
import { Radios, TextInput } from '#src/ui/fields'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { isOfflineFailure } from '#src/ui/offline-notice'
import { said, useSay, type Said } from '#src/ui/said'
import { TakesFocus } from '#src/ui/takes-focus'
import {
  changeKinds,
  incomeKinds,
  incomeWhose,
  linesOf,
  MOST_DETAIL_CHARACTERS,
  postcodeProblem,
  relationships,
  type ChangeDraft,
  type Problems,
} from './change-draft'
import { useFindAddresses } from './change-queries'
import { changePaths, NS, StepPage, useJourney } from './change-journey'

export function WhatChangedPage() {
  const { t } = useTranslation(NS)
  const say = useSay(NS)
  const { draft, change } = useJourney()
  return (
    <StepPage step="what" title={t('what.title')}>
      {(problems) => (
        <Radios
          id="what"
          name="what"
          legend={<h1 className="govuk-fieldset__heading">{t('what.title')}</h1>}
          legendSize="l"
          hint={t('what.hint')}
          error={say(problems.what?.said)}
          value={draft.what}
          onChange={(what) => change({ what: what as ChangeDraft['what'] })}
          choices={changeKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        />
      )}
    </StepPage>
  )
}

export function WhenPage() {
  const { t } = useTranslation(NS)
  const say = useSay(NS)
  const { draft, change } = useJourney()
  if (!draft.what) return <Navigate to={changePaths.what} replace />
  return (
    <StepPage step="when" title={t('when.title')}>
      {(problems) => (
        <>
          <h1 className="govuk-heading-l">{t('when.title')}</h1>
          <DateInput
            id="date"
            legend={t('when.legend')}
            legendSize="s"
            hint={t('when.hint')}
            error={say(problems.date?.said)}
            wrongParts={problems.date?.parts}
            labels={{ day: t('when.day'), month: t('when.month'), year: t('when.year') }}
            value={draft.date}
            onChange={(date) => change({ date })}
          />
        </>
      )}
    </StepPage>
  )
}

export function DetailsPage() {
  const { t } = useTranslation(NS)
  const say = useSay(NS)
  const { draft, change } = useJourney()
  const { what } = draft
  if (!what) return <Navigate to={changePaths.what} replace />
  const title = t(`details.title.${what}`)
  const setPerson = (update: Partial<ChangeDraft['person']>) => change({ person: { ...draft.person, ...update } })
  const setIncome = (update: Partial<ChangeDraft['income']>) => change({ income: { ...draft.income, ...update } })
  return (
    <StepPage step="details" title={title}>
      {(problems) => (
        <>
          <h1 className="govuk-heading-l">{title}</h1>
          {what === 'address' ? <NewAddressFields problems={problems} /> : null}
          {what === 'moved_in' || what === 'moved_out' ? (
            <>
              <TextInput
                id="name"
                name="name"
                label={t('details.person.name')}
                labelSize="m"
                error={say(problems.name?.said)}
                value={draft.person.name}
                onChange={(name) => setPerson({ name })}
                autoComplete="off"
                spellCheck={false}
              />
              <Radios
                id="relationship"
                name="relationship"
                legend={t('details.person.relationship')}
                error={say(problems.relationship?.said)}
                value={draft.person.relationship}
                onChange={(relationship) => setPerson({ relationship: relationship as ChangeDraft['person']['relationship'] })}
                choices={relationships.map((value) => ({ value, label: t(`relationships.${value}`) }))}
              />
            </>
          ) : null}
          {what === 'income' ? (
            <>
              <Radios
                id="whose"
                name="whose"
                legend={t('details.income.whose')}
                error={say(problems.whose?.said)}
                value={draft.income.whose}
                onChange={(whose) => setIncome({ whose: whose as ChangeDraft['income']['whose'] })}
                choices={incomeWhose.map((value) => ({ value, label: t(`whose.${value}`) }))}
              />
              <Radios
                id="incomeKind"
                name="incomeKind"
                legend={t('details.income.kind')}
                error={say(problems.incomeKind?.said)}
                value={draft.income.kind}
                onChange={(kind) => setIncome({ kind: kind as ChangeDraft['income']['kind'] })}
                choices={incomeKinds.map((value) => ({ value, label: t(`incomeKinds.${value}`) }))}
              />
            </>
          ) : null}
          <CharacterCount
            id="details"
            name="details"
            label={what === 'other' ? t('details.other.label') : t('details.more.label')}
            hint={what === 'other' ? t('details.other.hint') : t(`details.more.hint.${what}`)}
            error={say(problems.details?.said)}
            value={draft.details}
            onChange={(details) => change({ details })}
            maxLength={MOST_DETAIL_CHARACTERS}
            description={t('details.limit', { count: MOST_DETAIL_CHARACTERS })}
            countMessage={(remaining) =>
              remaining >= 0 ? t('details.remaining', { count: remaining }) : t('details.tooMany', { count: -remaining })
            }
          />
        </>
      )}
    </StepPage>
  )
}

export function DocumentsPage() {
  const { t } = useTranslation(NS)
  const say = useSay(NS)
  const { draft, change } = useJourney()
  if (!draft.what) return <Navigate to={changePaths.what} replace />
  return (
    <StepPage step="documents" title={t('documents.title')}>
      {(problems) => (
        <>
          <h1 className="govuk-heading-l">{t('documents.title')}</h1>
          <p className="govuk-body">{t(`documents.examples.${draft.what}`)}</p>
          <p className="govuk-body">{t('documents.most', { count: MOST_EVIDENCE_FILES })}</p>
          <p className="govuk-body">{t('documents.without')}</p>
          <div className={`govuk-form-group${problems.evidence ? ' govuk-form-group--error' : ''}`}>
            {problems.evidence ? <ErrorMessage id="evidence-error">{say(problems.evidence.said)}</ErrorMessage> : null}
            <EvidencePicker id="evidence" files={draft.evidence} onChange={(evidence) => change({ evidence })} />
          </div>
        </>
      )}
    </StepPage>
  )
}

/**
 * A new address found by its postcode in the council's gazetteer, which fills in the lines, or typed: finding needs a
 * signal, typing does not. Typing over a line found makes it the person's own, no longer the gazetteer's address.
 */
function NewAddressFields({ problems }: { problems: Problems }) {
  const { t } = useTranslation(NS)
  const say = useSay(NS)
  const { draft, change } = useJourney()
  const findAddresses = useFindAddresses()
  const [lookUpProblem, setLookUpProblem] = useState<Said | null>(null)
  const { address } = draft
  const found = findAddresses.data?.ok ? findAddresses.data.data.addresses : null
  const failure = findAddresses.data && !findAddresses.data.ok ? findAddresses.data.failure : null
  const type = (update: Partial<ChangeDraft['address']>) => change({ address: { ...address, ...update, uprn: null } })

  async function lookUp() {
    const problem = postcodeProblem(address.postcode)
    setLookUpProblem(problem?.said ?? null)
    if (problem) return
    const result = await findAddresses.mutateAsync(address.postcode.trim())
    if (result.ok && result.data.addresses.length === 0) setLookUpProblem(said('errors.postcode.noAddresses'))
    if (!result.ok && result.failure.kind === 'invalid') setLookUpProblem(said('errors.postcode.format'))
  }

  function choose(uprn: string) {
    const chosen = found?.find((candidate) => candidate.uprn === uprn)
    if (chosen) change({ address: { uprn: chosen.uprn, ...linesOf(chosen.text), line2: '', postcode: chosen.postcode } })
  }

  return (
    <>
      <p className="govuk-body">{t('details.address.intro')}</p>
      <TextInput
        id="postcode"
        name="postcode"
        label={t('details.address.postcode')}
        error={say(problems.postcode?.said ?? lookUpProblem ?? undefined)}
        value={address.postcode}
        onChange={(postcode) => type({ postcode })}
        autoComplete="postal-code"
        spellCheck={false}
        widthClass="govuk-input--width-10"
        onEnter={() => void lookUp()}
      />
      <Button type="button" look="secondary" onClick={() => void lookUp()} disabled={findAddresses.isPending}>
        {t('details.address.find')}
      </Button>
      {failure && isOfflineFailure(failure) ? (
        <p className="govuk-body" role="status">
          {t('details.address.needsSignal')}
        </p>
      ) : failure && failure.kind !== 'invalid' ? (
        <GatewayFailureMessage failure={failure} onTryAgain={() => void lookUp()} />
      ) : null}
      {found && found.length > 0 ? (
        <TakesFocus key={found[0]?.postcode}>
          <Radios
            id="uprn"
            name="uprn"
            legend={t('details.address.choose', { count: found.length })}
            legendSize="s"
            value={address.uprn}
            onChange={choose}
            choices={found.map((candidate) => ({ value: candidate.uprn, label: candidate.text }))}
          />
        </TakesFocus>
      ) : null}
      <p className="govuk-body">{t('details.address.orType')}</p>
      <TextInput
        id="addressLine1"
        name="addressLine1"
        label={t('details.address.line1')}
        error={say(problems.addressLine1?.said)}
        value={address.line1}
        onChange={(line1) => type({ line1 })}
        autoComplete="address-line1"
      />
      <TextInput
        id="addressLine2"
        name="addressLine2"
        label={t('details.address.line2')}
        error={say(problems.addressLine2?.said)}
        value={address.line2}
        onChange={(line2) => type({ line2 })}
        autoComplete="address-line2"
      />
      <TextInput
        id="addressTown"
        name="addressTown"
        label={t('details.address.town')}
        error={say(problems.addressTown?.said)}
        value={address.town}
        onChange={(town) => type({ town })}
        autoComplete="address-level2"
        widthClass="govuk-!-width-two-thirds"
      />
    </>
  )
}
