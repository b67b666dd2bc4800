import type { Payment } from '#src/gateway/contract/payments'

const money = (pence: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100)

function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

const styles = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #0b0c0c; line-height: 1.4; }
  header { background: #0b0c0c; color: #fff; padding: 1rem; }
  main { max-width: 36rem; margin: 0 auto; padding: 1rem; }
  label { display: block; font-weight: 700; margin-top: 1rem; }
  input { font: inherit; font-size: 1.1875rem; padding: 0.4rem; border: 2px solid #0b0c0c; width: 100%; max-width: 20rem; box-sizing: border-box; }
  input:focus, button:focus, a:focus { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
  .error { color: #d4351c; font-weight: 700; border-left: 5px solid #d4351c; padding-left: 0.75rem; }
  .hint { color: #484949; }
  button { font: inherit; font-size: 1.1875rem; padding: 0.6rem 1rem; min-height: 44px; margin: 1.5rem 1rem 0 0; border: 0; cursor: pointer; }
  .pay { background: #00703c; color: #fff; box-shadow: 0 2px 0 #002d18; }
  .cancel { background: #f3f2f1; color: #0b0c0c; box-shadow: 0 2px 0 #929191; }
  table { border-collapse: collapse; margin-top: 1rem; }
  th, td { text-align: left; padding: 0.3rem 1rem 0.3rem 0; border-bottom: 1px solid #b1b4b6; }
`

function page(title: string, content: string) {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} – card payment (reference gateway)</title><style>${styles}</style></head>
<body><header><p>Card payment (reference gateway)</p></header><main>${content}</main></body></html>`
}

/** A stand-in for GOV.UK Pay's card page, with its test cards. Card details never reach the app. */
export function cardPage(payment: Payment, error: string | null) {
  return page(
    'Enter card details',
    `<h1>Enter card details</h1>
<p>${escapeHtml(payment.description)}: <strong>${money(payment.amount)}</strong></p>
${error ? `<p class="error" role="alert" id="card-error">${escapeHtml(error)}</p>` : ''}
<form method="post">
  <label for="cardNumber">Card number</label>
  <input id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number"${error ? ' aria-describedby="card-error"' : ''}>
  <label for="expiry">Expiry date</label>
  <p class="hint" id="expiry-hint">For example, 10/29</p>
  <input id="expiry" name="expiry" autocomplete="cc-exp" aria-describedby="expiry-hint">
  <label for="name">Name on card</label>
  <input id="name" name="name" autocomplete="cc-name">
  <label for="cvc">Card security code</label>
  <input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc">
  <div>
    <button class="pay" type="submit" name="action" value="pay">Confirm payment</button>
    <button class="cancel" type="submit" name="action" value="cancel">Cancel payment</button>
  </div>
</form>
<h2>Test cards</h2>
<table>
  <thead><tr><th scope="col">Card number</th><th scope="col">What happens</th></tr></thead>
  <tbody>
    <tr><td>4444 3333 2222 1111</td><td>Payment succeeds</td></tr>
    <tr><td>4000 0000 0000 0002</td><td>Card declined</td></tr>
    <tr><td>4000 0000 0000 0119</td><td>Processing error</td></tr>
    <tr><td>4000 0000 0000 0069</td><td>The bank takes a while to answer, then the payment succeeds</td></tr>
  </tbody>
</table>`,
  )
}

export function finishedPage(back: string) {
  return page(
    'This payment has finished',
    `<h1>This payment has finished</h1><p>Nothing more will be taken.</p><p><a href="${escapeHtml(back)}">Go back to My Account</a></p>`,
  )
}
