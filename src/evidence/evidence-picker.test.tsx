import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next, { type i18n as I18n } from 'i18next'
import { Suspense, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { startI18n } from '#src/i18n/i18n'
import type { Said } from '#src/ui/said'
import { LARGEST_EVIDENCE_BYTES } from './evidence-check'
import type { EvidenceFile } from './evidence-file'
import { EvidencePicker, type EvidencePickerProps } from './evidence-picker'
import type { resizePhoto } from './resize-photo'

let i18n: I18n

beforeAll(async () => {
  i18n = i18next.isInitialized ? i18next : await startI18n('en', ['en', 'cy'])
})

beforeEach(async () => {
  await i18n.changeLanguage('en')
  await i18n.loadNamespaces(['common', 'evidence'])
})

const pdfBytes = (size = 3000) => {
  const bytes = new Uint8Array(size).fill(0x20)
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'))
  return bytes
}
const jpegBytes = () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
const file = (bytes: BlobPart, name: string, type = '') => new File([bytes], name, { type })

function fakeResize() {
  return vi.fn<typeof resizePhoto>(async () => ({ blob: new Blob([jpegBytes()], { type: 'image/jpeg' }), width: 2048, height: 1536 }))
}

/** A page that keeps the files, as a form does. */
function DocumentsQuestion(props: Omit<EvidencePickerProps, 'id' | 'files' | 'onChange'> & { onFiles?: (files: EvidenceFile[]) => void }) {
  const [files, setFiles] = useState<EvidenceFile[]>([])
  return (
    <EvidencePicker
      id="files"
      files={files}
      onChange={(chosen) => {
        setFiles(chosen)
        props.onFiles?.(chosen)
      }}
      {...props}
    />
  )
}

async function renderPicker(props: Parameters<typeof DocumentsQuestion>[0] = {}) {
  const user = userEvent.setup({ applyAccept: false })
  render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>
        <DocumentsQuestion resize={fakeResize()} {...props} />
      </Suspense>
    </I18nextProvider>,
  )
  const input = await screen.findByLabelText('Upload documents')
  return { user, input }
}

const errorOnField = () => document.getElementById('files-error')
const chosenNames = () => Array.from(document.querySelectorAll('.govuk-summary-list__key')).map((key) => key.textContent)

describe('EvidencePicker', () => {
  it('is a GOV.UK file upload for several documents, with a hint that says what it takes', async () => {
    const { input } = await renderPicker()
    expect(input).toHaveAttribute('type', 'file')
    expect(input).toHaveClass('govuk-file-upload')
    expect(input).toHaveAttribute('multiple')
    expect(input).toHaveAccessibleDescription(expect.stringContaining('You can send up to 5 documents. Each must be a PDF or a photo'))
  })

  it('keeps a PDF as it is and a photo made smaller, each listed with its name, kind and size', async () => {
    const resize = fakeResize()
    const onFiles = vi.fn()
    const { user, input } = await renderPicker({ resize, onFiles })
    await user.upload(input, [file(pdfBytes(), 'payslip.pdf', 'application/pdf'), file(jpegBytes(), 'letter.jpg', 'image/jpeg')])

    expect(await screen.findByText('2 documents chosen')).toBeInTheDocument()
    expect(chosenNames()).toEqual(['payslip.pdf', 'letter.jpg'])
    expect(screen.getByText('PDF, 3 kB')).toBeInTheDocument()
    const chosen = onFiles.mock.lastCall?.[0] as EvidenceFile[]
    expect(chosen.map(({ name, contentType }) => ({ name, contentType }))).toEqual([
      { name: 'payslip.pdf', contentType: 'application/pdf' },
      { name: 'letter.jpg', contentType: 'image/jpeg' },
    ])
    expect(resize).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('status')).toHaveTextContent('2 documents added')
  })

  it.each([
    [
      'a text file named .jpg',
      file('Dear council', 'payslip.jpg', 'image/jpeg'),
      'payslip.jpg must be a PDF or a photo (JPG, PNG or WebP)',
    ],
    [
      'a program renamed .pdf',
      file(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), 'statement.pdf', 'application/pdf'),
      'statement.pdf must be a PDF or a photo (JPG, PNG or WebP)',
    ],
    ['a 13 MB PDF', file(pdfBytes(13 * 1024 * 1024), 'statements.pdf', 'application/pdf'), 'statements.pdf must be smaller than 10MB'],
  ])('refuses %s with a plain message on the field, and tells the page for its error summary', async (_, chosen, message) => {
    const onPickingError = vi.fn()
    const onFiles = vi.fn()
    const { user, input } = await renderPicker({ onPickingError, onFiles })
    await user.upload(input, chosen)

    expect(await screen.findByText(message, { selector: '#files-error' })).toBeInTheDocument()
    expect(errorOnField()).toHaveTextContent(`Error: ${message}`)
    expect(input).toHaveAttribute('aria-describedby', 'files-hint files-error')
    const told = onPickingError.mock.lastCall?.[0] as Said
    expect(i18n.t(told.key, told.values as Record<string, unknown>)).toBe(message)
    expect(onFiles).not.toHaveBeenCalled()
    expect(chosenNames()).toEqual([])
  })

  it('keeps the good files from a choice that also held a bad one', async () => {
    const { user, input } = await renderPicker()
    expect(LARGEST_EVIDENCE_BYTES).toBe(10 * 1024 * 1024)
    await user.upload(input, [file(pdfBytes(), 'payslip.pdf'), file('hello', 'notes.pdf', 'application/pdf')])
    expect(
      await screen.findByText('notes.pdf must be a PDF or a photo (JPG, PNG or WebP)', { selector: '#files-error' }),
    ).toBeInTheDocument()
    expect(chosenNames()).toEqual(['payslip.pdf'])
  })

  it('takes up to 5 documents, then says so and hides the upload', async () => {
    const { user, input } = await renderPicker()
    await user.upload(
      input,
      ['1', '2', '3', '4', '5', '6'].map((number) => file(pdfBytes(), `statement-${number}.pdf`)),
    )
    expect(await screen.findByText('You can send up to 5 documents at a time', { selector: '#files-error' })).toBeInTheDocument()
    expect(chosenNames()).toHaveLength(5)
    expect(input).not.toBeVisible()
  })

  it('removes a file with its own button, by keyboard, and puts the keyboard back on the upload', async () => {
    const { user, input } = await renderPicker()
    await user.upload(input, [file(pdfBytes(), 'payslip.pdf'), file(pdfBytes(), 'bank-statement.pdf')])
    const remove = await screen.findByRole('button', { name: 'Remove payslip.pdf' })

    remove.focus()
    await user.keyboard('{Enter}')

    expect(chosenNames()).toEqual(['bank-statement.pdf'])
    expect(input).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent('payslip.pdf removed')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Remove bank-statement.pdf' })).toHaveFocus()
  })

  it('says a HEIC photo this browser cannot open could not be opened, and how to send it', async () => {
    const resize = vi.fn<typeof resizePhoto>(async () => Promise.reject(new Error('unreadable')))
    const { user, input } = await renderPicker({ resize })
    await user.upload(input, file(new TextEncoder().encode('\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000'), 'IMG_0001.HEIC'))
    expect(
      await screen.findByText('IMG_0001.HEIC could not be opened on this device. Save it as a JPG and choose it again', {
        selector: '#files-error',
      }),
    ).toBeInTheDocument()
  })
})
