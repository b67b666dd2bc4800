import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { RequireSignIn } from '#src/session/who-may-use'
import { formatDateTime } from '#src/format/format'
import { useGateway } from '#src/gateway/gateway-context'
import { flushOutbox } from '#src/outbox/flush-outbox'
import type { OutboxItemOf, OutboxKind, OutboxPayloads } from '#src/outbox/outbox-item'
import { removeFromOutbox, updateOutboxItem, type OutboxItem } from '#src/outbox/outbox-store'
import { stepKey } from '#src/outbox/submission-key'
import { useOutbox, useSubmit } from '#src/outbox/use-outbox'
import type { Slot } from '#src/gateway/contract/bookings'
import { alternativesIn, useSlotStartWords } from '#src/ui/slot-chooser'
import { SummaryCard } from '#src/ui/summary-list'
import { ButtonGroup } from '#src/ui/button-group'
import { Tag, type TagColour } from '#src/ui/tag'
import { Page } from '#src/ui/page'
import { Button } from '#src/ui/button'
import { evidenceSent } from '#src/evidence/evidence-file'
import { formatFileSize } from '#src/format/file-size'
import { startHadPassed } from '#src/gateway/contract/visitor-permits'

const stateColours: Record<OutboxItem['state'], TagColour> = {
  queued: 'yellow',
  sending: 'blue',
  sent: 'green',
  'needs-attention': 'red',
}

type Line<Kind extends OutboxKind> = (payload: OutboxPayloads[Kind]) => { key: string; values: Record<string, string> }

/** How each kind of submission is named in the list. */
const lines: { [Kind in OutboxKind]: Line<Kind> } = {
  'report-problem': (payload) => ({ key: 'kinds.report-problem', values: { service: payload.serviceName } }),
  evidence: (payload) => ({ key: 'kinds.evidence', values: { files: payload.files.map((file) => file.name).join(', ') } }),
  comment: (payload) => ({ key: 'kinds.comment', values: { reference: payload.reference } }),
  reopen: (payload) => ({ key: 'kinds.reopen', values: { reference: payload.reference } }),
  follow: (payload) => ({ key: 'kinds.follow', values: { reference: payload.reference } }),
  'book-appointment': () => ({ key: 'kinds.book-appointment', values: {} }),
  'move-booking': (payload) => ({ key: 'kinds.move-booking', values: { reference: payload.reference } }),
  'cancel-booking': (payload) => ({ key: 'kinds.cancel-booking', values: { reference: payload.reference } }),
  'booking-reminder': (payload) => ({ key: 'kinds.booking-reminder', values: { reference: payload.reference } }),
  'rent-direct-debit': () => ({ key: 'kinds.rent-direct-debit', values: {} }),
  'cancel-rent-direct-debit': (payload) => ({ key: 'kinds.cancel-rent-direct-debit', values: { reference: payload.reference } }),
  'council-tax-direct-debit': () => ({ key: 'kinds.council-tax-direct-debit', values: {} }),
  'cancel-council-tax-direct-debit': (payload) => ({
    key: 'kinds.cancel-council-tax-direct-debit',
    values: { reference: payload.reference },
  }),
  'single-person-discount': () => ({ key: 'kinds.single-person-discount', values: {} }),
  'household-change': () => ({ key: 'kinds.household-change', values: {} }),
  'change-of-circumstances': () => ({ key: 'kinds.change-of-circumstances', values: {} }),
  'resident-permit-application': () => ({ key: 'kinds.resident-permit-application', values: {} }),
  'resident-permit-renewal': (payload) => ({ key: 'kinds.resident-permit-renewal', values: { reference: payload.reference } }),
  'resident-permit-vehicle': (payload) => ({ key: 'kinds.resident-permit-vehicle', values: { reference: payload.reference } }),
  'penalty-charge-challenge': (payload) => ({ key: 'kinds.penalty-charge-challenge', values: { reference: payload.reference } }),
  'book-visitor-permit': (payload) => ({ key: 'kinds.book-visitor-permit', values: { registration: payload.body.vehicleRegistration } }),
  'cancel-visitor-permit': (payload) => ({
    key: 'kinds.cancel-visitor-permit',
    values: { reference: payload.reference, registration: payload.vehicleRegistration },
  }),
}

/** What the council said when it refused an item, in the words for that refusal, or null for the general ones. */
function refusedBecause(item: OutboxItem): string | null {
  if (item.state !== 'needs-attention') return null
  if (item.kind === 'book-visitor-permit' && startHadPassed(item.failure)) return 'visitorPermitStartPassed'
  if (item.kind === 'cancel-visitor-permit' && item.failure?.kind === 'conflict') return 'visitorPermitStarted'
  return null
}

/** How much of a submission's documents has reached the council, as the sender records it part by part. */
function EvidenceProgress({ item }: { item: OutboxItemOf<'evidence'> }) {
  const { t, i18n } = useTranslation('outbox')
  const { sentBytes, totalBytes } = evidenceSent(item.progress, item.payload.files)
  return (
    <p className="govuk-body">
      {t('evidenceProgress', { sent: formatFileSize(sentBytes, i18n.language), total: formatFileSize(totalBytes, i18n.language) })}
    </p>
  )
}

function describe<Kind extends OutboxKind>(item: OutboxItemOf<Kind>) {
  const line: Line<Kind> = lines[item.kind]
  return line(item.payload)
}

export function WaitingPage() {
  return <RequireSignIn>{(session) => <Waiting personId={session.person.id} />}</RequireSignIn>
}

function Waiting({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation(['outbox', 'common', 'booking'])
  const items = useOutbox(personId)
  const submit = useSubmit(personId)
  const slotWords = useSlotStartWords()
  const [rebooking, setRebooking] = useState<string | null>(null)
  const gateway = useGateway()
  const navigate = useNavigate()
  const [discarding, setDiscarding] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const waiting = items.filter((item) => item.state !== 'sent')
  const sent = items.filter((item) => item.state === 'sent')

  async function sendNow() {
    setSending(true)
    await flushOutbox(gateway, personId)
    setSending(false)
  }

  /**
   * A booking whose time went to someone else while it waited: the person taps one of the nearest free times, and
   * the same booking goes again for that time as a new submission, in place of the old one. Taken again, the old
   * one stays with the new nearest times.
   */
  async function bookInstead(item: OutboxItemOf<'book-appointment'>, slot: Slot) {
    setRebooking(item.id)
    const { holdId: _held, ...body } = item.payload.body
    const outcome = await submit('book-appointment', { body: { ...body, slotId: slot.id } }, stepKey(item.id, slot.id))
    if (outcome.state === 'refused' || outcome.state === 'not-sent') await updateOutboxItem(item.id, { failure: outcome.failure })
    else await removeFromOutbox(item.id)
    setRebooking(null)
  }

  // The report's own journey turns it back into a draft: only the item's id goes with the page.
  const fixReport = (item: OutboxItem) => void navigate('/report/check', { state: { refusedReport: item.id } })
  // So does booking a visitor permit, with what was typed, for a time still to come.
  const bookVisitorPermitAgain = (item: OutboxItem) => void navigate('/parking/visitors/book', { state: { refusedVisitorPermit: item.id } })

  const card = (item: OutboxItem) => {
    const { key, values } = describe(item)
    const failure = item.failure
    const alternatives = item.state === 'needs-attention' && item.kind === 'book-appointment' ? alternativesIn(failure) : null
    const because = refusedBecause(item)
    return (
      <SummaryCard key={item.id} title={t(key, values)}>
        <p className="govuk-body">
          <Tag colour={stateColours[item.state]}>{t(`states.${item.state}`)}</Tag>{' '}
          {t('saved', { when: formatDateTime(new Date(item.createdAt).toISOString(), i18n.language) })}
        </p>
        {item.kind === 'evidence' && item.state !== 'sent' ? <EvidenceProgress item={item} /> : null}
        {because ? <p className="govuk-body">{t(because)}</p> : null}
        {item.state === 'needs-attention' && failure && !alternatives && !because ? (
          <p className="govuk-body">{t(`common:failures.${failure.kind}.title`)}</p>
        ) : null}
        {alternatives ? (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">{t('booking:slotTaken.title')}</p>
            <p className="govuk-body">{alternatives.length > 0 ? t('slotTakenChoose') : t('booking:slotTaken.noneNear')}</p>
            <ButtonGroup>
              {alternatives.map((slot) => (
                <Button
                  key={slot.id}
                  type="button"
                  disabled={rebooking === item.id}
                  onClick={() => void bookInstead(item as OutboxItemOf<'book-appointment'>, slot)}
                >
                  {t('bookInstead', { when: slotWords(slot) })}
                </Button>
              ))}
            </ButtonGroup>
          </>
        ) : null}
        {item.state === 'queued' && failure ? (
          <p className="govuk-body">{failure.kind === 'signed-out' ? t('waitingForSignIn') : t('waitingForConnection')}</p>
        ) : null}
        {item.state !== 'sent' ? (
          <ButtonGroup>
            {item.state === 'needs-attention' && item.kind === 'report-problem' ? (
              <Button type="button" look="secondary" onClick={() => fixReport(item)}>
                {t('fix')}
              </Button>
            ) : null}
            {because === 'visitorPermitStartPassed' ? (
              <Button type="button" look="secondary" onClick={() => bookVisitorPermitAgain(item)}>
                {t('bookVisitorPermitAgain')}
              </Button>
            ) : null}
            {discarding === item.id ? (
              <>
                <Button type="button" look="warning" onClick={() => void removeFromOutbox(item.id)}>
                  {t('confirmDiscard')}
                </Button>
                <Button type="button" look="secondary" onClick={() => setDiscarding(null)}>
                  {t('keep')}
                </Button>
              </>
            ) : (
              <Button type="button" look="secondary" onClick={() => setDiscarding(item.id)}>
                {t('discard')}
              </Button>
            )}
          </ButtonGroup>
        ) : null}
      </SummaryCard>
    )
  }

  return (
    <Page title={t('title')}>
      <h1 className="govuk-heading-l">{t('title')}</h1>
      <p className="govuk-body">{t('lead')}</p>
      {waiting.length === 0 ? <p className="govuk-body">{t('nothingWaiting')}</p> : waiting.map(card)}
      {waiting.some((item) => item.state === 'queued' || item.state === 'sending') ? (
        <Button type="button" disabled={sending} onClick={() => void sendNow()}>
          {t('sendNow')}
        </Button>
      ) : null}
      {sent.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">{t('sentTitle')}</h2>
          {sent.map(card)}
        </>
      ) : null}
    </Page>
  )
}
