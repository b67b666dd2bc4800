import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { clientFor, dataOf } from '#mocks/handlers/gateway-calls'
import { turnKioskModeOn } from '#src/device/device-settings'
import { council, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

async function paidPenaltyCharge() {
  signInAs('renter')
  const payment = dataOf(
    await clientFor().call('startPayment', { body: { owedId: 'pcn-SM40219876', amount: 8000, returnPath: '/payments/return' } }),
  )
  if (!payment.nextUrl) throw new Error('The payment has no card page')
  await fetch(payment.nextUrl, {
    method: 'POST',
    body: new URLSearchParams({ action: 'pay', cardNumber: '4444333322221111' }),
    redirect: 'manual',
  })
  return payment
}

describe('a receipt on a kiosk', () => {
  it("can be printed, or sent to the person's own phone or email, which they must choose", async () => {
    const payment = await paidPenaltyCharge()
    turnKioskModeOn()
    await renderApp(`/payments/receipt/${payment.paymentId}`)

    expect(await screen.findByRole('button', { name: 'Print this receipt' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Email me this receipt' })).toBeNull()
    const how = screen.getByRole('group', { name: 'Send the receipt to you' })
    await userEvent.click(screen.getByRole('button', { name: 'Send the receipt' }))
    expect(await within(how).findByText('Choose email or text message')).toBeInTheDocument()

    await userEvent.click(within(how).getByRole('radio', { name: 'By text message' }))
    await userEvent.click(screen.getByRole('button', { name: 'Send the receipt' }))

    expect(await screen.findByText('We have sent your receipt to 07•••••456.')).toHaveAttribute('role', 'status')
    expect(council.state.textsSent).toContainEqual({ to: '07700 900456', subject: `Receipt ${payment.reference}` })
  })

  it('is offered by email only, as before, on a device that is not a kiosk', async () => {
    const payment = await paidPenaltyCharge()
    await renderApp(`/payments/receipt/${payment.paymentId}`)

    expect(await screen.findByRole('button', { name: 'Email me this receipt' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Send the receipt' })).toBeNull()
  })
})
