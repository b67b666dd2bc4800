import { act, fireEvent, render, screen } from '@testing-library/react'
import i18next from 'i18next'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { useState, type ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { startI18n } from '#src/i18n/i18n'
import { ErrorSummary } from './error-summary'
import { Button, ButtonLink } from './button'
import { Checkboxes, Fieldset, FileUpload, Label, Radios, Select, Textarea, TextInput } from './fields'
import { Footer } from './footer'
import { NotificationBanner } from './notification-banner'
import { PhaseBanner } from './phase-banner'
import { SkipLink } from './skip-link'
import { SummaryCard, SummaryList } from './summary-list'
import { Table } from './table'
import { ConfirmationPanel } from './confirmation-panel'
import { CharacterCount, COUNT_ANNOUNCEMENT_PAUSE_MS } from './character-count'
import { DateInput, type DatePart, type DateParts } from './date-input'
import { BackLink } from './back-link'
import { ButtonGroup } from './button-group'
import { ErrorMessage } from './error-message'
import { Hint } from './hint'
import { InsetText } from './inset-text'
import { Tag } from './tag'
import { WarningText } from './warning-text'

const componentsFolder = join(process.cwd(), 'node_modules/govuk-frontend/dist/govuk/components')

/** govuk-frontend ships each component's examples with the HTML its own template makes: our oracle. */
function fixture(component: string, name: string): { options: Record<string, unknown>; html: string } {
  const file = join(componentsFolder, component, 'fixtures.json')
  const found = (
    JSON.parse(readFileSync(file, 'utf8')) as { fixtures: { name: string; options: Record<string, unknown>; html: string }[] }
  ).fixtures.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`No fixture "${name}" for ${component}`)
  return found
}

/**
 * Our deliberate differences: a bolder label size, the tabindex the GOV.UK script would add itself (and the one that
 * lets a link to a date as a whole pass focus on to its first box), and the marker react-router puts on its own links.
 */
const ourExtraClasses = new Set(['govuk-label--s'])
const ignoredAttributes = new Set(['tabindex', 'data-discover'])

function describeTree(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
    return text || null
  }
  if (!(node instanceof Element)) return null
  const attributes = Object.fromEntries(
    [...node.attributes]
      .filter((attribute) => !ignoredAttributes.has(attribute.name))
      .map((attribute) => [
        attribute.name,
        attribute.name === 'class'
          ? attribute.value
              .split(/\s+/)
              .filter((name) => name && !ourExtraClasses.has(name))
              .sort()
              .join(' ')
          : attribute.value,
      ]),
  )
  return { tag: node.tagName.toLowerCase(), attributes, children: [...node.childNodes].map(describeTree).filter((child) => child !== null) }
}

function treeOf(html: string, adjust?: (root: Element) => void) {
  const template = document.createElement('template')
  template.innerHTML = html.trim()
  const root = template.content.firstElementChild as Element
  adjust?.(root)
  return describeTree(template.content.firstElementChild as Element)
}

function removeAll(root: Element, selector: string) {
  for (const element of root.querySelectorAll(selector)) element.remove()
}

async function rendered(element: ReactElement) {
  const i18n = i18next.isInitialized ? i18next : await startI18n('en', ['en', 'cy'])
  await i18n.changeLanguage('en')
  await i18n.loadNamespaces('common')
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>{element}</MemoryRouter>
    </I18nextProvider>,
  )
  return describeTree(container.firstElementChild as Element)
}

const noop = () => {}

describe('our GOV.UK components make the same HTML as govuk-frontend', () => {
  it('text input with hint', async () => {
    const { html } = fixture('input', 'with hint text')
    const ours = await rendered(
      <TextInput
        id="input-with-hint-text"
        name="test-name-2"
        label="National insurance number"
        hint="It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’."
        value=""
        onChange={noop}
      />,
    )
    expect(ours).toEqual(treeOf(html.replace('type="text" ', 'type="text" value="" ')))
  })

  it('text input with an error message', async () => {
    const { html } = fixture('input', 'with error message')
    const ours = await rendered(
      <TextInput
        id="input-with-error-message"
        name="test-name-3"
        label="National Insurance number"
        error="Enter a National Insurance number in the correct format"
        value=""
        onChange={noop}
      />,
    )
    expect(ours).toEqual(treeOf(html.replace('type="text" ', 'type="text" value="" ')))
  })

  it('textarea with an error message', async () => {
    const { html } = fixture('textarea', 'with error message')
    const ours = await rendered(
      <Textarea
        id="no-ni-reason"
        name="no-ni-reason"
        label="Why can’t you provide a National Insurance number?"
        error="You must provide an explanation"
        value=""
        onChange={noop}
      />,
    )
    expect(ours).toEqual(treeOf(html))
  })

  it('select with a hint and an error message', async () => {
    const { html } = fixture('select', 'with hint text and error message')
    const ours = await rendered(
      <Select
        id="select-2"
        name="select-2"
        label="Label text goes here"
        hint="Hint text goes here"
        error="Error message goes here"
        value="1"
        onChange={noop}
        options={[1, 2, 3].map((number) => ({ value: String(number), label: `GOV.UK frontend option ${number}` }))}
      />,
    )
    expect(ours).toEqual(treeOf(html))
  })

  it('checkboxes', async () => {
    const { html } = fixture('checkboxes', 'default')
    const ours = await rendered(
      <Checkboxes
        id="nationality"
        name="nationality"
        legend="What is your nationality?"
        legendSize={undefined}
        values={[]}
        onChange={noop}
        choices={[
          { value: 'british', label: 'British' },
          { value: 'irish', label: 'Irish' },
          { value: 'other', label: 'Citizen of another country' },
        ]}
      />,
    )
    expect(ours).toEqual(treeOf(html.replace('govuk-fieldset__legend"', 'govuk-fieldset__legend govuk-fieldset__legend--m"')))
  })

  it('radios with hints on items', async () => {
    const { html } = fixture('radios', 'with hints on items')
    const expected = html
      .replace(/<h1 class="govuk-fieldset__heading">\s*([^<]*?)\s*<\/h1>/, '$1')
      .replace('id="gateway"', 'id="gov"')
      .replace('for="gateway"', 'for="gov"')
      .replace('aria-describedby="gateway-item-hint"', 'aria-describedby="gov-item-hint"')
      .replace('id="gateway-item-hint"', 'id="gov-item-hint"')
      .replace('id="verify"', 'id="gov-2"')
      .replace('for="verify"', 'for="gov-2"')
      .replace('aria-describedby="verify-item-hint"', 'aria-describedby="gov-2-item-hint"')
      .replace('id="verify-item-hint"', 'id="gov-2-item-hint"')
    const ours = await rendered(
      <Radios
        id="gov"
        name="gov"
        legend="How do you want to sign in?"
        legendSize="l"
        value={null}
        onChange={noop}
        choices={[
          {
            value: 'gateway',
            label: 'Sign in with Government Gateway',
            hint: 'You’ll have a user ID if you’ve registered for Self Assessment or filed a tax return online before.',
          },
          {
            value: 'verify',
            label: 'Sign in with GOV.UK Verify',
            hint: 'You’ll have an account if you’ve already proved your identity with either Barclays, CitizenSafe, Digidentity, Experian, Post Office, Royal Mail or SecureIdentity.',
          },
        ]}
      />,
    )
    expect(ours).toEqual(treeOf(expected))
  })

  it('error summary', async () => {
    const { html } = fixture('error-summary', 'default')
    const ours = await rendered(
      <ErrorSummary
        errors={[
          { href: 'example-error-1', text: 'The date your passport was issued must be in the past' },
          { href: 'example-error-2', text: 'Enter a postcode, like AA1 1AA' },
        ]}
      />,
    )
    expect(ours).toEqual(treeOf(html))
  })

  it('error summary with a problem that belongs to no one field', async () => {
    const { html } = fixture('error-summary', 'mixed with and without links')
    const ours = await rendered(
      <ErrorSummary
        errors={[{ text: 'Invalid username or password' }, { href: 'example-error-1', text: 'Agree to the terms of service to log in' }]}
      />,
    )
    expect(ours).toEqual(treeOf(html))
  })

  it('error message', async () => {
    const { html } = fixture('error-message', 'id')
    const ours = await rendered(<ErrorMessage id="my-error-message-id">This is an error message</ErrorMessage>)
    expect(ours).toEqual(treeOf(html))
  })

  it('hint', async () => {
    const { html } = fixture('hint', 'id')
    const ours = await rendered(<Hint id="my-hint">It's on your National Insurance card, benefit letter, payslip or P60.</Hint>)
    expect(ours).toEqual(treeOf(html.replaceAll('&#39;', "'")))
  })

  it('warning text', async () => {
    const { html } = fixture('warning-text', 'default')
    const ours = await rendered(<WarningText>You can be fined up to £5,000 if you don’t register.</WarningText>)
    expect(ours).toEqual(treeOf(html))
  })

  it('inset text', async () => {
    const { html } = fixture('inset-text', 'default')
    const ours = await rendered(
      <InsetText>It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.</InsetText>,
    )
    expect(ours).toEqual(treeOf(html))
  })

  it('back link', async () => {
    const { html } = fixture('back-link', 'with custom text and link')
    const ours = await rendered(<BackLink to="/home">Back to home</BackLink>)
    expect(ours).toEqual(treeOf(html))
  })

  it.each([
    ['default', 'blue', 'Alpha'],
    ['grey', 'grey', 'Grey'],
    ['turquoise', 'teal', 'Teal'],
    ['green', 'green', 'Green'],
    ['purple', 'purple', 'Purple'],
    ['pink', 'magenta', 'Magenta'],
    ['red', 'red', 'Red'],
    ['orange', 'orange', 'Orange'],
    ['yellow', 'yellow', 'Yellow'],
  ] as const)('tag: %s', async (name, colour, text) => {
    const { html } = fixture('tag', name)
    const ours = await rendered(<Tag colour={colour}>{text}</Tag>)
    expect(ours).toEqual(treeOf(html))
  })

  it('button group', async () => {
    // govuk-frontend has no fixture of its own for the group: its interruption panel holds one.
    const { html } = fixture('panel', 'interruption')
    const group = (/<div class="govuk-button-group">[\s\S]*?<\/div>/.exec(html)?.[0] ?? '').replace('href="#"', 'href="/your-age"')
    const ours = await rendered(
      <ButtonGroup>
        <button type="button" className="govuk-button govuk-button--inverse" data-module="govuk-button">
          Yes, this is correct
        </button>
        <a className="govuk-link govuk-link--inverse" href="/your-age">
          No, change my age
        </a>
      </ButtonGroup>,
    )
    expect(ours).toEqual(treeOf(group))
  })

  it('confirmation panel', async () => {
    const { html } = fixture('panel', 'default')
    const ours = await rendered(
      <ConfirmationPanel title="Application complete">
        Your reference number
        <br />
        <strong>HDJ2123F</strong>
      </ConfirmationPanel>,
    )
    expect(ours).toEqual(treeOf(html))
  })

  it('text input with a £ prefix', async () => {
    const { html } = fixture('input', 'with prefix')
    const ours = await rendered(
      <TextInput id="input-with-prefix" name="amount" label="Amount, in pounds" prefix="£" value="" onChange={noop} />,
    )
    expect(ours).toEqual(treeOf(html.replace('type="text"', 'type="text" value=""')))
  })

  it('label', async () => {
    const { html } = fixture('label', 'for')
    const ours = await rendered(<Label htmlFor="test-target-input">National Insurance number</Label>)
    expect(ours).toEqual(treeOf(html))
  })

  it('label styled as medium text', async () => {
    const { html } = fixture('label', 'styled as medium text')
    const ours = await rendered(
      <Label htmlFor="national-insurance-number" size="m">
        National Insurance number
      </Label>,
    )
    // Every label of ours belongs to a field, so it always says which.
    expect(ours).toEqual(treeOf(html.replace('<label ', '<label for="national-insurance-number" ')))
  })

  it('fieldset styled as medium text', async () => {
    const { html } = fixture('fieldset', 'styled as medium text')
    const ours = await rendered(<Fieldset legend="What is your address?" legendSize="m" />)
    expect(ours).toEqual(treeOf(html))
  })

  it('fieldset described by its hint or error', async () => {
    const { html } = fixture('fieldset', 'with describedBy')
    const ours = await rendered(<Fieldset legend="Which option?" describedBy="test-target-element" />)
    expect(ours).toEqual(treeOf(html))
  })

  it('file upload with an error', async () => {
    const { html } = fixture('file-upload', 'error')
    const ours = await rendered(
      <FileUpload id="file-upload-with-error" name="file-upload-with-error" label="Upload a file" error="Error message" onChange={noop} />,
    )
    expect(ours).toEqual(treeOf(html))
  })

  it('file upload with an error and a hint', async () => {
    const { html } = fixture('file-upload', 'with error message and hint')
    const ours = await rendered(
      <FileUpload
        id="file-upload-3"
        name="file-upload-3"
        label="Upload a file"
        hint="Your photo may be in your Pictures, Photos, Downloads or Desktop folder. Or in an app like iPhoto."
        error="Error message goes here"
        onChange={noop}
      />,
    )
    expect(ours).toEqual(treeOf(html))
  })

  it('button', async () => {
    const { html } = fixture('button', 'default')
    expect(await rendered(<Button>Save and continue</Button>)).toEqual(treeOf(html))
  })

  it('button that cannot be pressed yet', async () => {
    const { html } = fixture('button', 'disabled')
    expect(await rendered(<Button disabled>Disabled button</Button>)).toEqual(treeOf(html))
  })

  // Nothing of ours reads which button sent a form, so our buttons carry no name.
  const withoutName = (html: string) => html.replace(/ name="[^"]*"/, '')

  it('secondary button', async () => {
    const { html } = fixture('button', 'secondary')
    expect(await rendered(<Button look="secondary">Secondary button</Button>)).toEqual(treeOf(withoutName(html)))
  })

  it('warning button', async () => {
    const { html } = fixture('button', 'warning')
    expect(await rendered(<Button look="warning">Warning button</Button>)).toEqual(treeOf(withoutName(html)))
  })

  // govuk-frontend's script makes Space press a link given role="button"; we do not load it, so ours stay links.
  const asLink = (html: string) => html.replace(' role="button"', '')

  it('link that looks like a button', async () => {
    const { html } = fixture('button', 'link')
    expect(await rendered(<ButtonLink to="/">Link button</ButtonLink>)).toEqual(treeOf(asLink(html)))
  })

  it('start button, a link', async () => {
    const { html } = fixture('button', 'start link')
    const ours = await rendered(
      <ButtonLink href="/" start>
        Start now link button
      </ButtonLink>,
    )
    expect(ours).toEqual(treeOf(asLink(html)))
  })

  it('table with numbers in its columns', async () => {
    const { html } = fixture('table', 'with head')
    const ours = await rendered(
      <Table
        head={[
          { content: 'Month you apply' },
          { content: 'Rate for bicycles', numeric: true },
          { content: 'Rate for vehicles', numeric: true },
        ]}
        rows={[
          ['January', '£85', '£95'],
          ['February', '£75', '£55'],
          ['March', '£165', '£125'],
        ].map(([month, bicycles, vehicles]) => ({
          key: month ?? '',
          cells: [{ content: month }, { content: bicycles, numeric: true }, { content: vehicles, numeric: true }],
        }))}
      />,
    )
    expect(ours).toEqual(treeOf(html))
  })

  it('table with a caption and each row named by its first cell', async () => {
    const { html } = fixture('table', 'with head and caption')
    const ours = await rendered(
      <Table
        caption="Caption 1: Months and rates"
        captionSize="m"
        firstCellIsHeader
        head={[
          { content: 'Month you apply' },
          { content: 'Rate for bicycles', numeric: true },
          { content: 'Rate for vehicles', numeric: true },
        ]}
        rows={[
          ['January', '£85', '£95'],
          ['February', '£75', '£55'],
          ['March', '£165', '£125'],
        ].map(([month, bicycles, vehicles]) => ({
          key: month ?? '',
          cells: [{ content: month }, { content: bicycles, numeric: true }, { content: vehicles, numeric: true }],
        }))}
      />,
    )
    expect(ours).toEqual(treeOf(html))
  })

  const contactInformation = (
    <>
      <p className="govuk-body">email@email.com</p>
      <p className="govuk-body">
        Address line 1<br />
        Address line 2<br />
        Address line 3<br />
        Address line 4<br />
        Address line 5
      </p>
    </>
  )
  // Our actions go to pages of ours, where govuk-frontend's examples go nowhere.
  const toPages = (html: string) => html.replaceAll('href="#"', 'href="/change"')
  const change = (text: string, visuallyHiddenText: string) => ({ to: '/change', text, visuallyHiddenText })

  it('summary list', async () => {
    const { html } = fixture('summary-list', 'default')
    const ours = await rendered(
      <SummaryList
        rows={[
          { key: 'Name', value: 'Firstname Lastname' },
          { key: 'Date of birth', value: '13/08/1980' },
          { key: 'Contact information', value: contactInformation },
        ]}
      />,
    )
    expect(ours).toEqual(treeOf(html))
  })

  it('summary list with actions', async () => {
    const { html } = fixture('summary-list', 'with actions')
    const ours = await rendered(
      <SummaryList
        rows={[
          { key: 'Name', value: 'Firstname Lastname', actions: [change('Edit', 'name'), change('Delete', 'name')] },
          { key: 'Date of birth', value: '13/08/1980', actions: [change('Change', 'date of birth')] },
          {
            key: 'Contact information',
            value: contactInformation,
            actions: [change('Edit', 'contact information'), change('Change', 'contact information')],
          },
        ]}
      />,
    )
    expect(ours).toEqual(treeOf(toPages(html)))
  })

  it('summary list where only some rows have actions', async () => {
    const { html } = fixture('summary-list', 'with some actions')
    const ours = await rendered(
      <SummaryList
        rows={[
          { key: 'Name', value: 'Firstname Lastname', actions: [change('Edit', 'name'), change('Delete', 'name')] },
          { key: 'Date of birth', value: '13/08/1980' },
          { key: 'Contact information', value: contactInformation },
        ]}
      />,
    )
    expect(ours).toEqual(treeOf(toPages(html)))
  })

  it('summary list without borders', async () => {
    const { html } = fixture('summary-list', 'no-border')
    const ours = await rendered(
      <SummaryList
        noBorder
        rows={[
          { key: 'Name', value: 'Firstname Lastname' },
          { key: 'Date of birth', value: '13/08/1980' },
          { key: 'Contact information', value: contactInformation },
        ]}
      />,
    )
    expect(ours).toEqual(treeOf(html))
  })

  const jobRows = (
    <SummaryList
      rows={[
        { key: 'Name', value: 'Firstname Lastname' },
        { key: 'Date of birth', value: '13/08/1980' },
      ]}
    />
  )

  it('summary card', async () => {
    const { html } = fixture('summary-list', 'as a summary card with a text header')
    const ours = await rendered(<SummaryCard title="Undergraduate teaching assistant">{jobRows}</SummaryCard>)
    expect(ours).toEqual(treeOf(html))
  })

  it('summary card with actions', async () => {
    const { html } = fixture('summary-list', 'as a summary card with actions')
    const ours = await rendered(
      <SummaryCard
        title="Undergraduate teaching assistant"
        actions={[
          { to: '/delete', text: 'Delete job history' },
          { to: '/withdraw', text: 'Withdraw job history' },
        ]}
      >
        {jobRows}
      </SummaryCard>,
    )
    expect(ours).toEqual(treeOf(html.replace('href="#"', 'href="/delete"').replace('href="#"', 'href="/withdraw"')))
  })

  /** Each banner's title has an id of its own, so the expected HTML takes the id ours made. */
  async function renderedBanner(banner: ReactElement) {
    const ours = await rendered(banner)
    const title = document.querySelector('.govuk-notification-banner__title')
    return { ours, sameTitleId: (html: string) => html.replaceAll('govuk-notification-banner-title', title?.id ?? 'no title') }
  }

  it('notification banner', async () => {
    const { html } = fixture('notification-banner', 'default')
    const { ours, sameTitleId } = await renderedBanner(
      <NotificationBanner title="Important">
        <p className="govuk-notification-banner__heading">This publication was withdrawn on 7 March 2014.</p>
      </NotificationBanner>,
    )
    expect(ours).toEqual(treeOf(sameTitleId(html)))
  })

  it('notification banner saying something worked', async () => {
    const { html } = fixture('notification-banner', 'with type as success')
    const { ours, sameTitleId } = await renderedBanner(
      <NotificationBanner success title="Success">
        <p className="govuk-notification-banner__heading">Email sent to example@email.com</p>
      </NotificationBanner>,
    )
    expect(ours).toEqual(treeOf(sameTitleId(html)))
  })

  it('two notification banners on one page are each named by their own title', async () => {
    await rendered(
      <>
        <NotificationBanner title="Important">
          <p className="govuk-notification-banner__heading">A new version is ready.</p>
        </NotificationBanner>
        <NotificationBanner success title="Success">
          <p className="govuk-notification-banner__heading">Your comment was added.</p>
        </NotificationBanner>
      </>,
    )
    const banners = [...document.querySelectorAll('.govuk-notification-banner')]
    expect(banners.map((banner) => document.getElementById(banner.getAttribute('aria-labelledby') ?? '')?.textContent)).toEqual([
      'Important',
      'Success',
    ])
  })

  it('phase banner', async () => {
    const { html } = fixture('phase-banner', 'default')
    const ours = await rendered(
      <PhaseBanner phase="Alpha">
        This is a new service - your{' '}
        <a href="/feedback" className="govuk-link">
          feedback
        </a>{' '}
        will help us to improve it.
      </PhaseBanner>,
    )
    // Ours sits inside the page's own width container, with the main content, so it needs none of its own.
    expect(ours).toEqual(
      treeOf(html.replace('govuk-phase-banner govuk-width-container', 'govuk-phase-banner').replace('href="#"', 'href="/feedback"')),
    )
  })

  it('skip link', async () => {
    const { html } = fixture('skip-link', 'default')
    expect(await rendered(<SkipLink to="test-target-element">Skip to main content</SkipLink>)).toEqual(treeOf(html))
  })

  /**
   * The crown, the Open Government Licence and Crown copyright belong to GOV.UK alone. Ours is a <footer> element,
   * the page's contentinfo landmark, as no layout around it gives one. Our meta line says who runs the service, so
   * it has no hidden "Support links" heading.
   */
  function asOurFooter(root: Element) {
    removeAll(root, '.govuk-footer__crown, .govuk-footer__licence-logo, .govuk-footer__licence-description')
    removeAll(root, '.govuk-footer__meta-item:has(.govuk-footer__copyright-logo)')
    removeAll(root, '.govuk-footer__meta-item--grow > h2.govuk-visually-hidden')
    const footer = document.createElement('footer')
    footer.className = root.className
    footer.append(...root.childNodes)
    root.replaceWith(footer)
  }

  it('footer with navigation', async () => {
    const { html } = fixture('footer', 'with navigation')
    const items = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ to: `/${index + 1}`, text: `Navigation item ${index + 1}` }))
    const ours = await rendered(
      <Footer
        sections={[
          { title: 'Two column list', width: 'two-thirds', columns: 2, links: items(6) },
          { title: 'Single column list', width: 'one-third', links: items(3) },
        ]}
      />,
    )
    expect(ours).toEqual(treeOf(html.replace(/href="#(\d)"/g, 'href="/$1"'), asOurFooter))
  })

  it('footer with words of our own', async () => {
    const { html } = fixture('footer', 'with custom meta')
    const ours = await rendered(<Footer sections={[]} meta="GOV.UK Prototype Kit v7.0.1" />)
    expect(ours).toEqual(treeOf(html, asOurFooter))
  })
})

describe('our date input makes the same HTML as govuk-frontend', () => {
  const labels = { day: 'Day', month: 'Month', year: 'Year' }
  const empty: DateParts = { day: '', month: '', year: '' }

  /**
   * Each box's name starts with the date's id, as govuk-frontend's `namePrefix` makes it, so two dates on one page do
   * not share names; our legends are medium unless asked; our boxes always have a value, as React keeps them.
   */
  const asOurs = (html: string, id: string) =>
    html
      .replace(/name="(day|month|year)"/g, `name="${id}-$1"`)
      .replace('class="govuk-fieldset__legend"', 'class="govuk-fieldset__legend govuk-fieldset__legend--m"')
      .replaceAll('type="text" inputmode', 'type="text" value="" inputmode')

  it('date input with a hint', async () => {
    const { html } = fixture('date-input', 'default')
    const ours = await rendered(
      <DateInput
        id="dob"
        legend="What is your date of birth?"
        hint="For example, 31 3 1980"
        labels={labels}
        value={empty}
        onChange={noop}
      />,
    )
    expect(ours).toEqual(treeOf(asOurs(html, 'dob')))
  })

  it('date input with what was typed', async () => {
    const { html } = fixture('date-input', 'with values')
    const ours = await rendered(
      <DateInput
        id="with-values"
        legend="What is your date of birth?"
        hint="For example, 31 3 1980"
        labels={labels}
        value={{ day: '31', month: '3', year: '1980' }}
        onChange={noop}
      />,
    )
    expect(ours).toEqual(treeOf(asOurs(html, 'with-values')))
  })

  it('date input with an error about the whole date', async () => {
    const { html } = fixture('date-input', 'with error message and hint')
    const ours = await rendered(
      <DateInput
        id="dob-errors"
        legend="What is your date of birth?"
        hint="For example, 31 3 1980"
        error="Error message goes here"
        labels={labels}
        value={empty}
        onChange={noop}
      />,
    )
    expect(ours).toEqual(treeOf(asOurs(html, 'dob-errors')))
  })

  it.each([
    ['with error on day input', 'dob-day-error', 'day'],
    ['with error on month input', 'dob-month-error', 'month'],
    ['with error on year input', 'dob-year-error', 'year'],
  ] as const)('date input %s marks only that box', async (name, id, part: DatePart) => {
    const { html } = fixture('date-input', name)
    const ours = await rendered(
      <DateInput
        id={id}
        legend="What is your date of birth?"
        hint="For example, 31 3 1980"
        error="Error message goes here"
        wrongParts={[part]}
        labels={labels}
        value={empty}
        onChange={noop}
      />,
    )
    expect(ours).toEqual(treeOf(asOurs(html, id)))
  })

  it('passes focus sent to the date as a whole, as by an error summary link, on to the first box to fix', async () => {
    await rendered(
      <DateInput
        id="dob"
        legend="What is your date of birth?"
        error="The date of birth must include a month and a year"
        wrongParts={['year', 'month']}
        labels={labels}
        value={{ day: '31', month: '', year: '' }}
        onChange={noop}
      />,
    )
    act(() => document.getElementById('dob')?.focus())
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveFocus()
  })
})

type CharacterCountScript = new (root: Element) => unknown

/**
 * govuk-frontend's script rewrites its character count as the page loads, and ours is what it leaves: the limit said
 * in a visually hidden description, a count that is shown but hidden from screen readers, and a polite live region.
 * So the expected HTML is the fixture's once govuk-frontend's own script has run on it.
 */
async function afterGovukScript(html: string): Promise<string> {
  const govukFrontend = 'govuk-frontend' // named at run time: the package has no types for its script
  const { CharacterCount: Script } = (await import(/* @vite-ignore */ govukFrontend)) as { CharacterCount: CharacterCountScript }
  const page = document.createElement('div')
  page.innerHTML = html
  document.body.append(page)
  document.body.classList.add('govuk-frontend-supported')
  try {
    const root = page.firstElementChild as Element
    new Script(root)
    // The script's mark that it has run on this root, so it is not run twice: ours needs no script.
    root.removeAttribute('data-govuk-character-count-init')
    return page.innerHTML
  } finally {
    page.remove()
    document.body.classList.remove('govuk-frontend-supported')
  }
}

/** govuk-frontend's own words for its count, and the description it gives a box of 10 characters. */
const govukCount = (remaining: number) =>
  remaining < 0
    ? `You have ${-remaining} character${remaining === -1 ? '' : 's'} too many`
    : `You have ${remaining} character${remaining === 1 ? '' : 's'} remaining`
const upToTen = 'You can enter up to 10 characters'

describe('our character count makes the same HTML as govuk-frontend, once its script has run', () => {
  // Our label is medium, as the questions around it are. The script runs before ours is shown: it finds its parts by id.
  const asOurs = (html: string) => html.replace('class="govuk-label"', 'class="govuk-label govuk-label--m"')

  it('character count', async () => {
    const { html } = fixture('character-count', 'default')
    const expected = treeOf(asOurs(await afterGovukScript(html)))
    const ours = await rendered(
      <CharacterCount
        id="more-detail"
        name="more-detail"
        label="Can you provide more detail?"
        value=""
        onChange={noop}
        maxLength={10}
        countMessage={govukCount}
        description={upToTen}
      />,
    )
    expect(ours).toEqual(expected)
  })

  it('character count with a hint', async () => {
    const { html } = fixture('character-count', 'with hint')
    const expected = treeOf(asOurs(await afterGovukScript(html)))
    const ours = await rendered(
      <CharacterCount
        id="with-hint"
        name="with-hint"
        label="Can you provide more detail?"
        hint="Don't include personal or financial information, eg your National Insurance number or credit card details."
        value=""
        onChange={noop}
        maxLength={10}
        countMessage={govukCount}
        description={upToTen}
      />,
    )
    expect(ours).toEqual(expected)
  })

  it('character count with a hint and an error', async () => {
    const { html } = fixture('character-count', 'with hint and error')
    const expected = treeOf(asOurs(await afterGovukScript(html)))
    const ours = await rendered(
      <CharacterCount
        id="with-error"
        name="with-error"
        label="Can you provide more detail?"
        hint="Don't include personal or financial information, eg your National Insurance number or credit card details."
        error="Please provide more detail"
        value=""
        onChange={noop}
        maxLength={10}
        countMessage={govukCount}
        description={upToTen}
      />,
    )
    expect(ours).toEqual(expected)
  })

  it('character count over the limit', async () => {
    const { html, options } = fixture('character-count', 'with default value exceeding limit')
    const expected = treeOf(asOurs(await afterGovukScript(html)))
    const ours = await rendered(
      <CharacterCount
        id="exceeding-characters"
        name="exceeding"
        label="Full address"
        error="Please do not exceed the maximum allowed limit"
        value={String(options.value)}
        onChange={noop}
        maxLength={10}
        countMessage={govukCount}
        description={upToTen}
      />,
    )
    expect(ours).toEqual(expected)
  })
})

describe('our character count, like govuk-frontend’s script', () => {
  function TypedInto() {
    const [value, setValue] = useState('')
    return (
      <CharacterCount
        id="more-detail"
        name="more-detail"
        label="Can you provide more detail?"
        value={value}
        onChange={setValue}
        maxLength={10}
        countMessage={govukCount}
        description={upToTen}
      />
    )
  }

  it('describes the box by its limit, and shows the count at each key but reads it out only once typing pauses', () => {
    vi.useFakeTimers()
    try {
      render(<TypedInto />)
      const box = screen.getByRole('textbox', { name: 'Can you provide more detail?' })
      expect(box).toHaveAccessibleDescription(upToTen)
      const shown = document.querySelector('.govuk-character-count__status')
      const readOut = document.querySelector('[aria-live="polite"]')
      expect(shown).toHaveAttribute('aria-hidden', 'true')

      fireEvent.change(box, { target: { value: 'Flat' } })
      act(() => vi.advanceTimersByTime(COUNT_ANNOUNCEMENT_PAUSE_MS - 1))
      fireEvent.change(box, { target: { value: 'Flat 2, 14 High Street' } })
      expect(shown).toHaveTextContent('You have 12 characters too many')
      expect(shown).toHaveClass('govuk-error-message')
      expect(box).toHaveClass('govuk-textarea--error')
      expect(readOut).toHaveTextContent('You have 10 characters remaining')

      act(() => vi.advanceTimersByTime(COUNT_ANNOUNCEMENT_PAUSE_MS - 1))
      expect(readOut).toHaveTextContent('You have 10 characters remaining')
      act(() => vi.advanceTimersByTime(1))
      expect(readOut).toHaveTextContent('You have 12 characters too many')
      expect(box).toHaveAccessibleDescription(upToTen)
    } finally {
      vi.useRealTimers()
    }
  })
})

/** A component's fixtures live in a folder named after its block; a summary card's are with the summary list's. */
const fixtureFolderOfBlock: Record<string, string> = { 'summary-card': 'summary-list' }

function govukBlocksIn(source: string): string[] {
  const blocks = [...source.matchAll(/\bgovuk-([a-z]+(?:-[a-z]+)*)/g)].map(([, block = '']) => fixtureFolderOfBlock[block] ?? block)
  return [...new Set(blocks)].filter((block) => existsSync(join(componentsFolder, block, 'fixtures.json'))).sort()
}

describe('every GOV.UK component of ours is checked against govuk-frontend', () => {
  it('finds the GOV.UK components a file uses', () => {
    expect(govukBlocksIn('<div className="govuk-accordion__section govuk-!-margin-0"><p className="govuk-body">')).toEqual(['accordion'])
    expect(govukBlocksIn('`govuk-summary-card__title govuk-tag--red`')).toEqual(['summary-list', 'tag'])
  })

  it('has a fixture comparison for each one in src/ui', () => {
    const folder = join(process.cwd(), 'src/ui')
    const thisTest = readFileSync(join(folder, 'govuk-fixtures.test.tsx'), 'utf8')
    const compared = new Set([...thisTest.matchAll(/\bfixture\('([a-z-]+)'/g)].map(([, component]) => component))
    const unchecked = readdirSync(folder)
      .filter((file) => file.endsWith('.tsx') && !file.endsWith('.test.tsx'))
      .flatMap((file) => govukBlocksIn(readFileSync(join(folder, file), 'utf8')).map((block) => `${file}: govuk-${block}`))
      .filter((use) => !compared.has(use.slice(use.indexOf('govuk-') + 'govuk-'.length)))
    expect(unchecked).toEqual([])
  })
})
