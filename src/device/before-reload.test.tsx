import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { saveEverythingBeforeReload } from './before-reload'

/** What the update prompt does: save every form, then the page reloads (here: unmount and render again). */
async function reloadIntoNewVersion(unmount: () => void, path: string) {
  saveEverythingBeforeReload()
  unmount()
  return renderApp(path)
}

describe('forms in progress through a reload into a new version', () => {
  it('keeps feedback being written', async () => {
    const user = userEvent.setup()
    const first = await renderApp('/feedback')
    await user.type(await screen.findByLabelText('How could we improve this service?'), 'Half a thought')
    await reloadIntoNewVersion(first.unmount, '/feedback')
    expect(await screen.findByLabelText('How could we improve this service?')).toHaveValue('Half a thought')
  })

  it('keeps a comment and a reason to reopen, each for its own report', async () => {
    const user = userEvent.setup()
    signInAs('owner')
    const first = await renderApp('/requests/SR-1044318')
    await user.type(await screen.findByLabelText('Add a comment'), 'Still there this morning')
    await user.type(screen.getByLabelText('Why does it still need fixing?'), 'Bags split open')
    await reloadIntoNewVersion(first.unmount, '/requests/SR-1044318')
    expect(await screen.findByLabelText('Add a comment')).toHaveValue('Still there this morning')
    expect(screen.getByLabelText('Why does it still need fixing?')).toHaveValue('Bags split open')
  })

  it('keeps an amount being typed to pay', async () => {
    const user = userEvent.setup()
    signInAs('tenant')
    const first = await renderApp('/payments/pay/rent')
    const amount = await screen.findByLabelText('Amount in pounds and pence')
    await user.clear(amount)
    await user.type(amount, '42.10')
    await reloadIntoNewVersion(first.unmount, '/payments/pay/rent')
    expect(await screen.findByLabelText('Amount in pounds and pence')).toHaveValue('42.10')
  })

  it('keeps nothing when the page reloads for any other reason', async () => {
    const user = userEvent.setup()
    const first = await renderApp('/feedback')
    await user.type(await screen.findByLabelText('How could we improve this service?'), 'Not kept')
    first.unmount()
    await renderApp('/feedback')
    expect(await screen.findByLabelText('How could we improve this service?')).toHaveValue('')
  })
})
