import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { glanmor } from '#src/councils/glanmor'
import { turnKioskModeOn } from '#src/device/device-settings'
import { renderApp } from '#test/render-app'

describe('the kiosk start screen', () => {
  it('names the council, says plainly the computer is shared and clears itself, and leads to signing in', async () => {
    turnKioskModeOn()
    await renderApp('/')

    expect(await screen.findByRole('heading', { level: 1, name: 'Use council services here' })).toBeInTheDocument()
    expect(screen.getAllByText('London Borough of Southmere').length).toBeGreaterThan(0)
    expect(screen.getByRole('heading', { name: 'This is a shared computer' })).toBeInTheDocument()
    expect(screen.getByText(/Everything you did here is then cleared from this computer/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('href', expect.stringContaining('/api/auth/sign-in'))
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Finish and clear' })).toBeInTheDocument()
  })

  it("offers each of the council's languages named in itself, marked with its language, and changes to the one chosen", async () => {
    turnKioskModeOn()
    await renderApp('/', { council: glanmor })
    const languages = within(await screen.findByRole('region', { name: 'Choose your language' }))

    const welsh = languages.getByRole('button', { name: 'Cymraeg' })
    expect(welsh).toHaveAttribute('lang', 'cy')
    expect(languages.getByRole('button', { name: 'English', pressed: true })).toHaveAttribute('lang', 'en-GB')
    fireEvent.click(welsh)

    expect(await screen.findByRole('heading', { level: 1, name: "Defnyddio gwasanaethau'r cyngor yma" })).toBeInTheDocument()
    expect(within(screen.getByRole('main')).getByText('Cyngor Bwrdeistref Sirol Glanmor')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Cymraeg', pressed: true })).toBeInTheDocument()
  })

  it('is not shown on a device that is not a kiosk', async () => {
    await renderApp('/')
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Use council services here')
  })
})
