import { render } from '@testing-library/react'
import i18next from 'i18next'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { startI18n } from '#src/i18n/i18n'
import { ErrorSummary } from './error-summary'
import { Checkboxes, Radios, Textarea, TextInput } from './fields'
import { ConfirmationPanel } from './confirmation-panel'
import { BackLink } from './back-link'
import { ButtonGroup } from './button-group'
import { ErrorMessage } from './error-message'
import { Hint } from './hint'
import { InsetText } from './inset-text'
import { Tag } from './tag'
import { WarningText } from './warning-text'

/** govuk-frontend ships each component's examples with the HTML its own template makes: our oracle. */
function fixture(component: string, name: string): { options: Record<string, unknown>; html: string } {
  const file = join(process.cwd(), 'node_modules/govuk-frontend/dist/govuk/components', component, 'fixtures.json')
  const found = (
    JSON.parse(readFileSync(file, 'utf8')) as { fixtures: { name: string; options: Record<string, unknown>; html: string }[] }
  ).fixtures.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`No fixture "${name}" for ${component}`)
  return found
}

/**
 * Our deliberate differences: a bolder label size, the tabindex the GOV.UK script would add itself, and the
 * marker react-router puts on its own links.
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

function treeOf(html: string) {
  const template = document.createElement('template')
  template.innerHTML = html.trim()
  return describeTree(template.content.firstElementChild as Element)
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
    ['red', 'red', 'Red'],
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
})
