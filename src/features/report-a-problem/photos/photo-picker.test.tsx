import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next, { type i18n as I18n } from 'i18next'
import { Suspense, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { startI18n } from '#src/i18n/i18n'
import type { Said } from '#src/ui/said'
import { PhotoPicker, type Photo, type PhotoPickerProps } from './photo-picker'
import { LARGEST_ORIGINAL_BYTES, type resizePhoto } from '#src/evidence/resize-photo'

let i18n: I18n

/** What the page was last told, in words. */
function said(onPickingError: ReturnType<typeof vi.fn>) {
  const message = onPickingError.mock.lastCall?.[0] as Said | null | undefined
  if (!message) return message ?? null
  return i18n.t(message.key, message.values as Record<string, unknown>)
}
const createdUrls = new Map<string, Blob>()
const createObjectURL = vi.fn((blob: Blob) => {
  const url = `blob:http://localhost/${createdUrls.size + 1}`
  createdUrls.set(url, blob)
  return url
})
const revokeObjectURL = vi.fn()

beforeAll(async () => {
  i18n = i18next.isInitialized ? i18next : await startI18n('en', ['en', 'cy'])
})

beforeEach(async () => {
  await i18n.changeLanguage('en')
  await i18n.loadNamespaces(['common', 'photos'])
  createdUrls.clear()
  createObjectURL.mockClear()
  revokeObjectURL.mockClear()
  Object.assign(URL, { createObjectURL, revokeObjectURL })
})

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL')
  Reflect.deleteProperty(URL, 'revokeObjectURL')
})

function photo(name: string, type = 'image/jpeg', bytes = 2048) {
  return new File([new Uint8Array(bytes)], name, { type })
}

/** What the real resizePhoto gives back, without a canvas: a small JPEG standing for each photo. */
function fakeResize() {
  const made = new Map<Blob, Blob>()
  const resize = vi.fn<typeof resizePhoto>(async (file) => {
    const blob = new Blob(['small jpeg'], { type: 'image/jpeg' })
    made.set(file, blob)
    return { blob, width: 2048, height: 1536 }
  })
  return { resize, made }
}

/** A page that keeps the photos, as the report form does. */
function PhotosQuestion({ initial = [], ...props }: Omit<PhotoPickerProps, 'photos' | 'onAdd' | 'onRemove'> & { initial?: Photo[] }) {
  const [photos, setPhotos] = useState(initial)
  return (
    <PhotoPicker
      photos={photos}
      onAdd={(added) => setPhotos((current) => [...current, ...added])}
      onRemove={(id) => setPhotos((current) => current.filter((kept) => kept.id !== id))}
      {...props}
    />
  )
}

async function renderPicker(props: Parameters<typeof PhotosQuestion>[0] = {}) {
  const user = userEvent.setup({ applyAccept: false })
  const view = render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>
        <PhotosQuestion {...props} />
      </Suspense>
    </I18nextProvider>,
  )
  const input = await screen.findByLabelText('Add photos (optional)')
  return { user, input, ...view }
}

function errorMessage() {
  return document.getElementById('photos-error')
}

function thumbnails() {
  return screen.queryAllByRole('img').map((img) => img.getAttribute('alt'))
}

describe('PhotoPicker', () => {
  it('is a GOV.UK file upload for up to 3 JPG, PNG or WebP photos', async () => {
    const { input } = await renderPicker()
    expect(input).toHaveAttribute('type', 'file')
    expect(input).toHaveAttribute('id', 'photos')
    expect(input).toHaveClass('govuk-file-upload')
    expect(input).toHaveAttribute('accept', 'image/jpeg,image/png,image/webp')
    expect(input).toHaveAttribute('multiple')
    expect(input).toBeEnabled()
    expect(input).toHaveAccessibleDescription(
      'You can add up to 3 photos. Photos are made smaller on your phone before they are sent, to save your data.',
    )
    expect(input.closest('.govuk-form-group')).not.toHaveClass('govuk-form-group--error')
    expect(errorMessage()).toBeNull()
  })

  it('adds photos once they are made smaller, keeping their names, as thumbnails with alt text', async () => {
    const { resize, made } = fakeResize()
    const { user, input } = await renderPicker({ resize })
    const bin = photo('bin.jpg')
    const pothole = photo('pothole.png', 'image/png')

    await user.upload(input, [bin, pothole])

    expect(await screen.findByRole('img', { name: 'Photo 2: pothole.png' })).toBeInTheDocument()
    expect(thumbnails()).toEqual(['Photo 1: bin.jpg', 'Photo 2: pothole.png'])
    expect(resize.mock.calls.map(([file]) => file)).toEqual([bin, pothole])
    // The thumbnails show what will be sent: the smaller photos, not the originals.
    const [first, second] = screen.getAllByRole('img')
    expect(createdUrls.get(first?.getAttribute('src') ?? '')).toBe(made.get(bin))
    expect(createdUrls.get(second?.getAttribute('src') ?? '')).toBe(made.get(pothole))
    expect(screen.getByRole('button', { name: 'Remove photo 1' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Remove photo 2' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('2 photos added')
    expect(errorMessage()).toBeNull()
  })

  it('gives onAdd new ids and the smaller blobs, with the names kept', async () => {
    const { resize, made } = fakeResize()
    const onAdd = vi.fn()
    const user = userEvent.setup()
    render(
      <I18nextProvider i18n={i18n}>
        <PhotoPicker photos={[]} onAdd={onAdd} onRemove={() => {}} resize={resize} />
      </I18nextProvider>,
    )
    const bin = photo('bin.jpg')
    const fly = photo('fly-tipping.webp', 'image/webp')
    await user.upload(await screen.findByLabelText('Add photos (optional)'), [bin, fly])

    await vi.waitFor(() => expect(onAdd).toHaveBeenCalledTimes(1))
    const added = onAdd.mock.calls[0]?.[0] as Photo[]
    expect(added.map(({ blob, name }) => ({ blob, name }))).toEqual([
      { blob: made.get(bin), name: 'bin.jpg' },
      { blob: made.get(fly), name: 'fly-tipping.webp' },
    ])
    expect(added[0]?.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(added[0]?.id).not.toBe(added[1]?.id)
  })

  it('says "Making your photo smaller…" while it works, and that the photo was added once done', async () => {
    let finish: (value: Awaited<ReturnType<typeof resizePhoto>>) => void = () => {}
    const resize = vi.fn<typeof resizePhoto>(() => new Promise((resolve) => (finish = resolve)))
    const { user, input } = await renderPicker({ resize })

    await user.upload(input, photo('bin.jpg'))

    expect(await screen.findByRole('status')).toHaveTextContent('Making your photo smaller…')
    expect(screen.getByRole('status')).toBeVisible()
    // No second choice while the first is being worked on.
    expect(input).toBeDisabled()

    finish({ blob: new Blob(['small'], { type: 'image/jpeg' }), width: 800, height: 600 })
    expect(await screen.findByRole('img', { name: 'Photo 1: bin.jpg' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('1 photo added')
    expect(screen.getByRole('status')).not.toHaveTextContent('Making your photo smaller…')
    expect(input).toBeEnabled()
  })

  it.each([
    ['a HEIC photo', photo('IMG_0001.HEIC', 'image/heic'), 'The selected file must be a JPG, PNG or WebP photo'],
    ['a PDF', photo('letter.pdf', 'application/pdf'), 'The selected file must be a JPG, PNG or WebP photo'],
    [
      'a photo over 30MB',
      Object.defineProperty(photo('huge.jpg'), 'size', { value: LARGEST_ORIGINAL_BYTES + 1 }),
      'The selected file must be smaller than 30MB',
    ],
  ])('explains what is wrong with %s, on the field, and tells the page', async (_what, file, message) => {
    const { resize } = fakeResize()
    const onPickingError = vi.fn()
    const { user, input } = await renderPicker({ resize, onPickingError })

    await user.upload(input, file)

    expect(await screen.findByText(message, { selector: '#photos-error' })).toBeInTheDocument()
    expect(errorMessage()).toHaveTextContent(`Error: ${message}`)
    expect(errorMessage()).toHaveClass('govuk-error-message')
    expect(input.closest('.govuk-form-group')).toHaveClass('govuk-form-group--error')
    expect(input).toHaveClass('govuk-file-upload--error')
    expect(input).toHaveAttribute('aria-describedby', 'photos-hint photos-error')
    expect(said(onPickingError)).toBe(message)
    expect(resize).not.toHaveBeenCalled()
    expect(thumbnails()).toEqual([])
  })

  it('says a photo that cannot be opened could not be opened', async () => {
    const resize = vi.fn<typeof resizePhoto>().mockRejectedValue(new Error('unreadable'))
    const onPickingError = vi.fn()
    const { user, input } = await renderPicker({ resize, onPickingError })

    await user.upload(input, photo('broken.jpg'))

    expect(
      await screen.findByText('The selected file could not be opened. Try another photo', { selector: '#photos-error' }),
    ).toBeInTheDocument()
    expect(said(onPickingError)).toBe('The selected file could not be opened. Try another photo')
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(thumbnails()).toEqual([])
  })

  it('keeps the photos already added when a later file fails', async () => {
    const { resize } = fakeResize()
    const { user, input } = await renderPicker({ resize })
    await user.upload(input, photo('bin.jpg'))
    await screen.findByRole('img', { name: 'Photo 1: bin.jpg' })

    resize.mockRejectedValueOnce(new Error('unreadable'))
    await user.upload(input, photo('broken.jpg'))
    await screen.findByText('The selected file could not be opened. Try another photo', { selector: '#photos-error' })
    await user.upload(input, photo('IMG_0002.HEIC', 'image/heic'))

    expect(await screen.findByText('The selected file must be a JPG, PNG or WebP photo', { selector: '#photos-error' })).toBeInTheDocument()
    expect(thumbnails()).toEqual(['Photo 1: bin.jpg'])
  })

  it('adds the good photos from a choice with a bad one in it, and names the bad one', async () => {
    const { resize } = fakeResize()
    const onPickingError = vi.fn()
    const { user, input } = await renderPicker({ resize, onPickingError })

    await user.upload(input, [photo('bin.jpg'), photo('IMG_0003.HEIC', 'image/heic'), photo('pothole.webp', 'image/webp')])

    expect(await screen.findByText('IMG_0003.HEIC must be a JPG, PNG or WebP photo', { selector: '#photos-error' })).toBeInTheDocument()
    expect(thumbnails()).toEqual(['Photo 1: bin.jpg', 'Photo 2: pothole.webp'])
    expect(screen.getByRole('status')).toHaveTextContent('2 photos added')
    expect(said(onPickingError)).toBe('IMG_0003.HEIC must be a JPG, PNG or WebP photo')
  })

  it('adds no more than 3 photos, says so, and hides the file input', async () => {
    const { resize } = fakeResize()
    const onPickingError = vi.fn()
    const { user, input } = await renderPicker({ resize, onPickingError })

    await user.upload(input, [photo('1.jpg'), photo('2.jpg'), photo('3.jpg'), photo('4.jpg'), photo('5.jpg')])

    expect(
      await screen.findByText('You can only add 3 photos. Remove one to add another', { selector: '#photos-error' }),
    ).toBeInTheDocument()
    expect(thumbnails()).toEqual(['Photo 1: 1.jpg', 'Photo 2: 2.jpg', 'Photo 3: 3.jpg'])
    expect(resize).toHaveBeenCalledTimes(3)
    expect(said(onPickingError)).toBe('You can only add 3 photos. Remove one to add another')
    expect(input).not.toBeVisible()
    expect(input).toBeDisabled()
  })

  it('counts the photos already added towards the 3', async () => {
    const { resize } = fakeResize()
    const initial = [1, 2].map((number) => ({ id: `photo-${number}`, blob: new Blob(['small']), name: `earlier-${number}.jpg` }))
    const { user, input } = await renderPicker({ resize, initial })

    await user.upload(input, [photo('new.jpg'), photo('one-too-many.jpg')])

    expect(
      await screen.findByText('You can only add 3 photos. Remove one to add another', { selector: '#photos-error' }),
    ).toBeInTheDocument()
    expect(thumbnails()).toEqual(['Photo 1: earlier-1.jpg', 'Photo 2: earlier-2.jpg', 'Photo 3: new.jpg'])
    expect(input).not.toBeVisible()
  })

  it('removes a photo, frees its object URL and lets another be added', async () => {
    const { resize } = fakeResize()
    const onPickingError = vi.fn()
    const { user, input } = await renderPicker({ resize, onPickingError })
    await user.upload(input, [photo('1.jpg'), photo('2.jpg'), photo('3.jpg'), photo('4.jpg')])
    await screen.findByText('You can only add 3 photos. Remove one to add another', { selector: '#photos-error' })
    const firstUrl = screen.getByRole('img', { name: 'Photo 1: 1.jpg' }).getAttribute('src')

    await user.click(screen.getByRole('button', { name: 'Remove photo 1' }))

    expect(thumbnails()).toEqual(['Photo 1: 2.jpg', 'Photo 2: 3.jpg'])
    expect(revokeObjectURL).toHaveBeenCalledWith(firstUrl)
    expect(screen.getByRole('status')).toHaveTextContent('Photo 1 removed')
    // The problem is solved, so it goes, from the page's summary too.
    expect(errorMessage()).toBeNull()
    expect(onPickingError).toHaveBeenLastCalledWith(null)
    expect(input).toBeVisible()
    expect(input).toHaveFocus()

    await user.upload(input, photo('4.jpg'))
    expect(await screen.findByRole('img', { name: 'Photo 3: 4.jpg' })).toBeInTheDocument()
  })

  it('frees the object URLs when it goes away', async () => {
    const { resize } = fakeResize()
    const { user, input, unmount } = await renderPicker({ resize })
    await user.upload(input, [photo('1.jpg'), photo('2.jpg')])
    await screen.findByRole('img', { name: 'Photo 2: 2.jpg' })
    const urls = screen.getAllByRole('img').map((img) => img.getAttribute('src'))

    unmount()

    expect(revokeObjectURL.mock.calls.map(([url]) => url)).toEqual(expect.arrayContaining(urls))
  })

  it('lets the same file be chosen again', async () => {
    const resize = vi.fn<typeof resizePhoto>().mockRejectedValue(new Error('unreadable'))
    const { user, input } = await renderPicker({ resize })
    const file = photo('bin.jpg')

    await user.upload(input, file)
    await screen.findByText('The selected file could not be opened. Try another photo', { selector: '#photos-error' })
    expect(input).toHaveValue('')
    await user.upload(input, file)

    await vi.waitFor(() => expect(resize).toHaveBeenCalledTimes(2))
  })

  it('shows an error the page gives it', async () => {
    const { input } = await renderPicker({ error: 'The photos could not be sent. Try again' })
    expect(errorMessage()).toHaveTextContent('Error: The photos could not be sent. Try again')
    expect(input).toHaveAccessibleDescription(expect.stringContaining('The photos could not be sent. Try again'))
  })

  it('speaks Welsh', async () => {
    await i18n.changeLanguage('cy')
    const { resize } = fakeResize()
    const user = userEvent.setup({ applyAccept: false })
    render(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={null}>
          <PhotosQuestion resize={resize} />
        </Suspense>
      </I18nextProvider>,
    )
    const input = await screen.findByLabelText('Ychwanegu lluniau (dewisol)')
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Gallwch ychwanegu hyd at 3 llun.'))

    await user.upload(input, [photo('bin.jpg'), photo('IMG_0001.HEIC', 'image/heic')])

    const group = input.closest('.govuk-form-group') as HTMLElement
    expect(await within(group).findByRole('img', { name: 'Llun 1: bin.jpg' })).toBeInTheDocument()
    expect(within(group).getByRole('button', { name: 'Dileu llun 1' })).toBeInTheDocument()
    expect(errorMessage()).toHaveTextContent('Gwall: Rhaid i IMG_0001.HEIC fod yn llun JPG, PNG neu WebP')
  })
})
