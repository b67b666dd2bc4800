import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { isKioskDevice, turnKioskModeOn } from '#src/device/device-settings'
import { council, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

describe('setting up a kiosk', () => {
  it('lets a member of staff turn kiosk mode on for this device, after saying they will be signed out, which they are', async () => {
    signInAs('staff')
    await renderApp('/staff/kiosk')
    expect(await screen.findByRole('heading', { level: 1, name: 'Kiosk mode on this device' })).toBeInTheDocument()
    expect(screen.getByText('Kiosk mode is off for this device.')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: 'Turn kiosk mode on' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Turn kiosk mode on for this device?' })).toBeInTheDocument()
    expect(screen.getByText(/You will be signed out/)).toBeInTheDocument()
    expect(isKioskDevice()).toBe(false)

    fireEvent.click(screen.getByRole('button', { name: 'Yes, turn it on' }))

    expect(isKioskDevice()).toBe(true)
    await expect.poll(() => council.state.sessions.size).toBe(0)
  })

  it('lets them change their mind', async () => {
    signInAs('staff')
    await renderApp('/staff/kiosk')
    fireEvent.click(await screen.findByRole('button', { name: 'Turn kiosk mode on' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }))

    expect(await screen.findByText('Kiosk mode is off for this device.')).toBeInTheDocument()
    expect(isKioskDevice()).toBe(false)
  })

  it('turns kiosk mode off again, and the member of staff stays signed in', async () => {
    turnKioskModeOn()
    signInAs('staff')
    await renderApp('/staff/kiosk')
    expect(await screen.findByText('Kiosk mode is on for this device.')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: 'Turn kiosk mode off' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, turn it off' }))

    expect(await screen.findByText('Kiosk mode is off for this device.')).toBeInTheDocument()
    expect(isKioskDevice()).toBe(false)
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
  })

  it('is for staff only', async () => {
    signInAs('owner')
    await renderApp('/staff/kiosk')
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Kiosk mode on this device')
  })
})
