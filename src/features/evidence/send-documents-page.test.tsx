import { File as NodeFile } from 'node:buffer'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { addToOutbox } from '#src/outbox/outbox-store'
import { outboxFor } from '#src/outbox/outbox-store'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

// Node's File, as a browser's, can be kept in IndexedDB with the outbox item and read back as bytes; jsdom's cannot.
const pdf = (name: string, size = 3000) => {
  const bytes = new Uint8Array(size).fill(0x20)
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'))
  return new NodeFile([bytes], name, { type: 'application/pdf' }) as unknown as File
}

async function openForm(personId: 'owner' | 'renter' = 'owner') {
  signInAs(personId)
  const user = userEvent.setup({ applyAccept: false })
  await renderApp('/evidence/send')
  expect(await screen.findByRole('heading', { level: 1, name: 'Send us documents' })).toBeInTheDocument()
  return user
}

const summary = () => within(screen.getByRole('alert'))
const ownersDocuments = () => council.state.people.owner.evidence.documents

describe('Send us documents', () => {
  it('says what is missing in an error summary that takes focus, each error linked to its field', async () => {
    const user = await openForm()
    await user.click(screen.getByRole('button', { name: 'Send documents' }))

    expect(await screen.findByText('There is a problem')).toBeInTheDocument()
    expect(screen.getByRole('alert').parentElement).toHaveFocus()
    expect(summary().getByRole('link', { name: 'Select what the documents are for' })).toHaveAttribute('href', '#purpose')
    expect(summary().getByRole('link', { name: 'Choose a document to send' })).toHaveAttribute('href', '#files')
    expect(ownersDocuments()).toHaveLength(1)
  })

  it('asks for the reference when the documents are for something else, keeping the files chosen', async () => {
    const user = await openForm()
    await user.click(screen.getByRole('radio', { name: 'Something else' }))
    await user.upload(screen.getByLabelText('Upload documents'), pdf('letter.pdf'))
    await screen.findByText('1 document chosen')
    await user.click(screen.getByRole('button', { name: 'Send documents' }))

    expect(summary().getByRole('link', { name: 'Enter the reference from our letter or email' })).toHaveAttribute('href', '#reference')
    expect(document.querySelector('.govuk-summary-list__key')).toHaveTextContent('letter.pdf')
  })

  it('puts a refused file in the error summary, linked to the upload', async () => {
    const user = await openForm()
    await user.upload(screen.getByLabelText('Upload documents'), new File(['not a pdf'], 'payslip.pdf', { type: 'application/pdf' }))
    expect(await summary().findByRole('link', { name: 'payslip.pdf must be a PDF or a photo (JPG, PNG or WebP)' })).toHaveAttribute(
      'href',
      '#files',
    )
  })

  it('sends the documents, says they were received with a reference, and lists them as received', async () => {
    const user = await openForm()
    await user.click(screen.getByRole('radio', { name: 'Council tax' }))
    await user.upload(screen.getByLabelText('Upload documents'), [pdf('bank-statement.pdf', 1_500_000), pdf('tenancy.pdf')])
    await screen.findByText('2 documents chosen')
    await user.click(screen.getByRole('button', { name: 'Send documents' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Documents sent' })).toBeInTheDocument()
    expect(screen.getByText(/^EV-/)).toBeInTheDocument()
    expect(screen.getByText('We have received 2 documents:')).toBeInTheDocument()
    expect(screen.getByText('What they are for: Council tax')).toBeInTheDocument()
    expect(ownersDocuments().slice(-2)).toMatchObject([
      { fileName: 'bank-statement.pdf', bytes: 1_500_000, purpose: { for: 'council-tax', reference: null } },
      { fileName: 'tenancy.pdf', purpose: { for: 'council-tax', reference: null } },
    ])

    // The confirmation names the files too, so wait for the list page before looking for one.
    await user.click(screen.getByRole('link', { name: "See documents you've sent us" }))
    expect(await screen.findByRole('heading', { level: 1, name: "Documents you've sent us" })).toBeInTheDocument()
    expect(await screen.findByText('bank-statement.pdf')).toBeInTheDocument()
  })

  it('keeps the documents on the device to send later when there is no signal', async () => {
    const user = await openForm()
    council.state.faults.errorRate = 1
    await user.click(screen.getByRole('radio', { name: 'A benefit claim' }))
    await user.upload(screen.getByLabelText('Upload documents'), pdf('payslip.pdf'))
    await screen.findByText('1 document chosen')
    await user.click(screen.getByRole('button', { name: 'Send documents' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: "Your documents will be sent when you're back online" }),
    ).toBeInTheDocument()
    const [waiting] = await outboxFor('owner')
    expect(waiting).toMatchObject({ kind: 'evidence', state: 'queued', payload: { purpose: { for: 'benefit-claim' } } })
    expect(ownersDocuments()).toHaveLength(1)
  })

  it('shows how much has been sent while the parts go up', async () => {
    const user = await openForm()
    let letGo: () => void = () => {}
    gatewayServer.use(
      http.post(
        '*/api/evidence/uploads/:uploadId/parts/2',
        () => new Promise<Response>((resolve) => (letGo = () => resolve(HttpResponse.error()))),
      ),
    )
    await user.click(screen.getByRole('radio', { name: 'Council tax' }))
    await user.upload(screen.getByLabelText('Upload documents'), pdf('bank-statement.pdf', 1.5 * 1024 * 1024))
    await screen.findByText('1 document chosen')
    await user.click(screen.getByRole('button', { name: 'Send documents' }))

    expect(await screen.findByText('Sending your documents: 1 MB of 1.5 MB sent')).toBeInTheDocument()
    letGo()
    expect(
      await screen.findByRole('heading', { level: 1, name: "Your documents will be sent when you're back online" }),
    ).toBeInTheDocument()
  })

  it('shows on "Waiting to send" how much of the documents has gone', async () => {
    signInAs('owner')
    const file = pdf('bank-statement.pdf', 1.5 * 1024 * 1024)
    await addToOutbox({
      id: 'evidence-1',
      personId: 'owner',
      kind: 'evidence',
      payload: {
        purpose: { for: 'council-tax', reference: null },
        files: [{ blob: file, name: file.name, contentType: 'application/pdf' }],
      },
    })
    const { updateOutboxItem } = await import('#src/outbox/outbox-store')
    await updateOutboxItem('evidence-1', { progress: { 'evidence-0:upload': 'EVU-1', 'evidence-0:parts': '1' } })
    await renderApp('/waiting')
    expect(await screen.findByText('Documents: bank-statement.pdf')).toBeInTheDocument()
    expect(screen.getByText('1 MB of 1.5 MB sent')).toBeInTheDocument()
  })
})
