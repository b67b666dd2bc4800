import { describe, expect, test } from 'vitest'
import type { Payment } from '#src/gateway/contract/payments'
import type { Language } from '#src/gateway/contract/common'
import { council, signInAs } from '#test/gateway-server'
import { clientFor, dataOf, failureOf } from './gateway-calls'

const penaltyCharge = { owedId: 'pcn-SM40219876', amount: 8000, returnPath: '/payments/return' }

async function startPayingPenaltyCharge(language?: Language): Promise<Payment> {
  signInAs('renter')
  return dataOf(await clientFor().call('startPayment', { body: { ...penaltyCharge, language } }))
}

function cardPageOf(payment: Payment) {
  if (!payment.nextUrl) throw new Error('The payment has no card page')
  return payment.nextUrl
}

async function read(answer: Response) {
  return new DOMParser().parseFromString(await answer.text(), 'text/html')
}

const showing = async (address: string) => read(await fetch(address))

describe('the card page in the language asked for', () => {
  test('opens in the language the payment was started in, with the council’s English description marked as English', async () => {
    const page = await showing(cardPageOf(await startPayingPenaltyCharge('cy')))

    expect(page.documentElement.lang).toBe('cy')
    expect(page.documentElement.dir).toBe('ltr')
    expect(page.querySelector('h1')?.textContent).toBe('Rhowch fanylion eich cerdyn')
    expect(page.querySelector('button[value=pay]')?.textContent).toBe("Cadarnhau'r taliad")
    expect(page.querySelector('label[for=cardNumber]')?.textContent).toBe('Rhif y cerdyn')
    expect(page.querySelector('main p [lang="en-GB"]')?.textContent).toMatch(/penalty charge/i)
  })

  test('in Arabic, reads right to left, with the card numbers left to right', async () => {
    const page = await showing(`${cardPageOf(await startPayingPenaltyCharge())}?lang=ar`)

    expect(page.documentElement.lang).toBe('ar')
    expect(page.documentElement.dir).toBe('rtl')
    expect(page.querySelector('h1')?.textContent).toBe('أدخل بيانات البطاقة')
    expect(page.querySelector('button[value=cancel]')?.textContent).toBe('إلغاء الدفع')
    expect(page.querySelector<HTMLInputElement>('#cardNumber')?.dir).toBe('ltr')
  })

  test('is in English when no language is asked for', async () => {
    const page = await showing(cardPageOf(await startPayingPenaltyCharge()))

    expect(page.documentElement.lang).toBe('en-GB')
    expect(page.querySelector('h1')?.textContent).toBe('Enter card details')
    expect(page.querySelectorAll('main [lang]')).toHaveLength(0)
  })

  test.each(['xx', 'ar-SA', '"><script>alert(1)</script>'])('keeps the language the payment was started in for lang=%j', async (lang) => {
    const page = await showing(`${cardPageOf(await startPayingPenaltyCharge('cy'))}?lang=${encodeURIComponent(lang)}`)

    expect(page.documentElement.lang).toBe('cy')
    expect(page.querySelectorAll('script')).toHaveLength(0)
  })

  test('lists every language, the one shown marked current, each reloading this card page', async () => {
    const address = cardPageOf(await startPayingPenaltyCharge('pl'))

    const links = [...(await showing(address)).querySelectorAll<HTMLAnchorElement>('nav a')]

    expect(links).toHaveLength(12)
    expect(links.filter((link) => link.getAttribute('aria-current') === 'true').map((link) => [link.textContent, link.lang])).toEqual([
      ['Polski', 'pl'],
    ])
    expect(links.map((link) => link.getAttribute('href'))).toContain(`${address}?lang=cy`)
    const welsh = await showing(`${address}?lang=cy`)
    expect(welsh.querySelector('h1')?.textContent).toBe('Rhowch fanylion eich cerdyn')
  })

  test('a card number it does not know is said again in the language of the page it came from', async () => {
    const address = `${cardPageOf(await startPayingPenaltyCharge())}?lang=cy`

    const again = await fetch(address, { method: 'POST', body: new URLSearchParams({ action: 'pay', cardNumber: '1234' }) })

    expect(again.status).toBe(422)
    const page = await read(again)
    expect(page.documentElement.lang).toBe('cy')
    expect(page.querySelector('[role=alert]')?.textContent).toBe("Rhowch un o'r rhifau cerdyn prawf sydd ar y dudalen hon")
  })

  test('says a finished payment has finished in the same language', async () => {
    const payment = await startPayingPenaltyCharge('cy')
    await fetch(cardPageOf(payment), { method: 'POST', body: new URLSearchParams({ action: 'cancel' }), redirect: 'manual' })

    const page = await showing(cardPageOf(payment))

    expect(page.querySelector('h1')?.textContent).toBe("Mae'r taliad hwn wedi dod i ben")
    expect(page.querySelector('main a')?.textContent).toBe('Mynd yn ôl i My Account')
  })

  test('escapes what it shows in every language', async () => {
    const payment = await startPayingPenaltyCharge('ar')
    const record = council.state.payments.get(payment.paymentId)
    if (!record) throw new Error('The payment was not kept')
    record.payment.description = '<script>alert(1)</script> "fine" & more'

    const page = await showing(cardPageOf(payment))

    expect(page.querySelectorAll('script')).toHaveLength(0)
    expect(page.querySelector('main p [lang="en-GB"]')?.textContent).toBe('<script>alert(1)</script> "fine" & more')
  })

  test('a payment can only be started in a language the app offers', async () => {
    signInAs('renter')

    const failure = failureOf(await clientFor().call('startPayment', { body: { ...penaltyCharge, language: 'xx' as Language } }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { status: 422, errors: [expect.objectContaining({ field: 'language' })] } })
    expect(council.state.payments.size).toBe(0)
  })
})
