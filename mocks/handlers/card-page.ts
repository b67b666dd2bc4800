import type { Payment } from '#src/gateway/contract/payments'
import { languageFacts } from '#src/i18n/languages'
import { escapeHtml, languageSwitcher, languageSwitcherStyles, type DemoPageWords } from './demo-page-language'

const money = (pence: number, words: DemoPageWords) =>
  new Intl.NumberFormat(languageFacts[words.language].locale, {
    style: 'currency',
    currency: 'GBP',
    currencyDisplay: 'narrowSymbol',
  }).format(pence / 100)

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
  th, td { text-align: start; padding-block: 0.3rem; padding-inline: 0 1rem; border-bottom: 1px solid #b1b4b6; }
  ${languageSwitcherStyles}
`

/** `path` is the card page's own address, which the language links reload. */
function page(words: DemoPageWords, path: string, titleKey: string, content: string) {
  return `<!doctype html>
<html ${words.htmlAttributes}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">
<title>${words.say('card.documentTitle', { title: words.text(titleKey) })}</title><style>${styles}</style></head>
<body><header><p>${words.say('card.gateway')}</p></header>${languageSwitcher(words, path, {})}<main>${content}</main></body></html>`
}

/** A stand-in for GOV.UK Pay's card page, with its test cards. Card details never reach the app. */
export function cardPage(payment: Payment, words: DemoPageWords, path: string, { unknownCard = false } = {}) {
  const { say } = words
  return page(
    words,
    path,
    'card.title',
    `<h1>${say('card.title')}</h1>
<p>${words.inEnglish(escapeHtml(payment.description))}: <strong>${escapeHtml(money(payment.amount, words))}</strong></p>
${unknownCard ? `<p class="error" role="alert" id="card-error">${say('card.unknownCard')}</p>` : ''}
<form method="post">
  <label for="cardNumber">${say('card.cardNumber')}</label>
  <input id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" dir="ltr"${unknownCard ? ' aria-describedby="card-error"' : ''}>
  <label for="expiry">${say('card.expiry')}</label>
  <p class="hint" id="expiry-hint">${say('card.expiryHint')}</p>
  <input id="expiry" name="expiry" autocomplete="cc-exp" dir="ltr" aria-describedby="expiry-hint">
  <label for="name">${say('card.nameOnCard')}</label>
  <input id="name" name="name" autocomplete="cc-name">
  <label for="cvc">${say('card.securityCode')}</label>
  <input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" dir="ltr">
  <div>
    <button class="pay" type="submit" name="action" value="pay">${say('card.pay')}</button>
    <button class="cancel" type="submit" name="action" value="cancel">${say('card.cancel')}</button>
  </div>
</form>
<h2>${say('card.testCards')}</h2>
<table>
  <thead><tr><th scope="col">${say('card.cardNumber')}</th><th scope="col">${say('card.whatHappens')}</th></tr></thead>
  <tbody>
    <tr><td dir="ltr">4444 3333 2222 1111</td><td>${say('card.succeeds')}</td></tr>
    <tr><td dir="ltr">4000 0000 0000 0002</td><td>${say('card.declined')}</td></tr>
    <tr><td dir="ltr">4000 0000 0000 0119</td><td>${say('card.processingError')}</td></tr>
    <tr><td dir="ltr">4000 0000 0000 0069</td><td>${say('card.slowBank')}</td></tr>
  </tbody>
</table>`,
  )
}

export function finishedPage(back: string, words: DemoPageWords, path: string) {
  const { say } = words
  return page(
    words,
    path,
    'finished.title',
    `<h1>${say('finished.title')}</h1><p>${say('finished.nothingMore')}</p><p><a href="${escapeHtml(back)}">${say('finished.back')}</a></p>`,
  )
}
