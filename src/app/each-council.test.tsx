import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { councils } from '#src/councils/councils'
import { glanmor } from '#src/councils/glanmor'
import { southmere } from '#src/councils/southmere'
import { renderApp } from '#test/render-app'

function paragraphStartingWith(within: HTMLElement, text: string): HTMLElement {
  // The footer's last line is GOV.UK's meta-custom block rather than a paragraph.
  const found = [...within.querySelectorAll<HTMLElement>('p, .govuk-footer__meta-custom')].find((paragraph) =>
    paragraph.textContent?.startsWith(text),
  )
  if (!found) throw new Error(`No paragraph starts "${text}"`)
  return found
}

/** What a resident of each council sees, written out as they would read it, not worked out from the settings. */
const shipped = [
  {
    council: southmere,
    name: 'London Borough of Southmere',
    welshName: 'Bwrdeistref Llundain Southmere',
    logo: '/councils/southmere/logo.svg',
    brand: '#1d4f6e',
    phone: { shown: '020 7946 0000', dialled: 'tel:02079460000' },
    hours: 'Monday to Friday, 8am to 6pm',
    email: 'myaccount@southmere.example.gov.uk',
    oneStopShop: 'Visit Southmere One Stop Shop, Southmere Library, 120 High Street, Southmere SE5 8AA.',
    welshOneStopShop: { text: 'Ewch i Southmere One Stop Shop, Southmere Library, 120 High Street, Southmere SE5 8AA.', inEnglish: 2 },
    oneStopShopHours: 'Monday to Friday, 9am to 5pm. Saturday, 10am to 2pm',
    outOfHours: { shown: '020 7946 0999', dialled: 'tel:02079460999' },
    offersHousing: true,
  },
  {
    council: glanmor,
    name: 'Glanmor County Borough Council',
    welshName: 'Cyngor Bwrdeistref Sirol Glanmor',
    logo: '/councils/glanmor/logo.svg',
    brand: '#5a2d6e',
    phone: { shown: '01632 960 100', dialled: 'tel:01632960100' },
    hours: 'Monday to Friday, 8:30am to 5pm',
    email: 'fyngyfrif@glanmor.example.gov.uk',
    oneStopShop: 'Visit Glanmor Hwb, The Library, Castle Street, Glanmor CF99 1AA.',
    welshOneStopShop: { text: 'Ewch i Hwb Glanmor, Y Llyfrgell, Stryd y Castell, Glanmor CF99 1AA.', inEnglish: 0 },
    oneStopShopHours: 'Monday to Friday, 9am to 4:30pm',
    outOfHours: { shown: '01632 960 999', dialled: 'tel:01632960999' },
    offersHousing: false,
  },
]

describe('each council the app is built for', () => {
  it('is checked here, every one of them', () => {
    expect(shipped.map((expected) => expected.council.id).sort()).toEqual(Object.keys(councils).sort())
  })

  describe.each(shipped)('$name', (expected) => {
    it('shows its own name, logo, colours and ways to get in touch, with nothing of another council', async () => {
      await renderApp('/', { council: expected.council })
      const header = await screen.findByRole('banner')
      expect(within(header).getByText(expected.name)).toBeInTheDocument()
      expect(header.querySelector(`img[src="${expected.logo}"]`)).not.toBeNull()
      expect(document.documentElement.style.getPropertyValue('--govuk-brand-colour')).toBe(expected.brand)

      const footer = screen.getByRole('contentinfo')
      expect(within(footer).getByRole('link', { name: expected.phone.shown })).toHaveAttribute('href', expected.phone.dialled)
      expect(within(footer).getByText(new RegExp(expected.hours))).toBeInTheDocument()
      expect(within(footer).getByRole('link', { name: expected.email })).toHaveAttribute('href', `mailto:${expected.email}`)
      expect(paragraphStartingWith(footer, expected.oneStopShop)).toHaveTextContent(expected.oneStopShopHours)
      expect(within(footer).getByRole('link', { name: expected.outOfHours.shown })).toHaveAttribute('href', expected.outOfHours.dialled)
      expect(paragraphStartingWith(footer, `My Account is run by ${expected.name}.`)).toBeInTheDocument()

      for (const other of shipped.filter((another) => another !== expected)) {
        expect(screen.queryByText(new RegExp(other.name))).not.toBeInTheDocument()
        expect(screen.queryByText(new RegExp(other.phone.shown))).not.toBeInTheDocument()
      }
    })

    it('starts with what it offers and its own phone number', async () => {
      await renderApp('/', { council: expected.council })
      const main = within(await screen.findByRole('main'))
      expect(await main.findByRole('heading', { level: 1, name: 'My Account' })).toBeInTheDocument()
      expect(main.getByRole('link', { name: 'Sign in' })).toBeInTheDocument()
      expect(main.getByText(/report a problem, such as a missed bin/)).toBeInTheDocument()
      expect(main.queryByText('see your tenancy and rent account') !== null).toBe(expected.offersHousing)
      expect(main.getByText(`You can also call ${expected.phone.shown}, or visit a One Stop Shop.`, { exact: false })).toBeInTheDocument()
      await waitFor(() => expect(document.title).toMatch(new RegExp(` – ${expected.name}$`)))
    })

    it('gives its Welsh name in Welsh', async () => {
      await renderApp('/', { council: expected.council, language: 'cy' })
      const header = await screen.findByRole('banner')
      expect(await within(header).findByText(expected.welshName)).toBeInTheDocument()
      const footer = screen.getByRole('contentinfo')
      expect(within(footer).getByRole('link', { name: expected.phone.shown })).toBeInTheDocument()
      // What the council has only in English is marked as English, so a screen reader says it the English way.
      const oneStopShop = paragraphStartingWith(footer, expected.welshOneStopShop.text)
      expect(oneStopShop.querySelectorAll('[lang="en-GB"]')).toHaveLength(expected.welshOneStopShop.inEnglish)
    })
  })
})
