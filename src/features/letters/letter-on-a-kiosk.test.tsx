import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { turnKioskModeOn } from '#src/device/device-settings'
import { council, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

describe('a letter on a kiosk', () => {
  it('is printed, and never offered to be saved as a PDF on a computer the next person uses', async () => {
    turnKioskModeOn()
    signInAs('owner')
    const bill = council.state.people.owner.letters.find((letter) => letter.kind === 'bill')
    await renderApp(`/letters/${bill?.id}`)

    expect(await screen.findByRole('button', { name: 'Print this letter' })).toBeInTheDocument()
    expect(screen.getByText('You can print this letter. Nothing of it is kept on this computer.')).toBeInTheDocument()
    expect(screen.queryByText(/PDF/)).toBeNull()
  })
})
