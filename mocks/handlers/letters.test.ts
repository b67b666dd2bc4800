import { describe, expect, test } from 'vitest'
import type { Letter, LetterCell, LetterPart } from '#src/gateway/contract/letters'
import { council, signInAs } from '#test/gateway-server'
import type { PersonaId } from '../personas'
import { clientFor, dataOf, failureOf } from './gateway-calls'

const letter = (id: string) => clientFor().call('getLetter', { params: { id } })

async function lettersOf(personId: PersonaId) {
  signInAs(personId)
  return dataOf(await clientFor().call('listMyLetters')).letters
}

function tableOf(body: Letter['body'], caption: string) {
  const found = body.find((part): part is Extract<LetterPart, { type: 'table' }> => part.type === 'table' && part.caption === caption)
  if (!found) throw new Error(`No table "${caption}"`)
  return found.rows
}

const moneyIn = (cell: LetterCell | undefined) => (cell && 'money' in cell ? cell.money : null)
const textIn = (cell: LetterCell | undefined) => (cell && 'text' in cell ? cell.text : null)

describe('letters', () => {
  test('Precious Okafor has her council tax bill, two award notices and a change notice, newest first, without their bodies', async () => {
    const letters = await lettersOf('tenant')
    expect(letters.map((each) => each.kind).sort()).toEqual(['award_notice', 'award_notice', 'bill', 'change_notice'])
    expect(letters.map((each) => each.sentOn)).toEqual([...letters.map((each) => each.sentOn)].sort().reverse())
    expect(letters[0]).toMatchObject({ service: 'council_tax', kind: 'bill', about: ['CT-60277310'] })
    expect(letters.every((each) => !('body' in each))).toBe(true)
  })

  test.each([
    ['tenant', 'CT-60277310', 'Council Tax Reduction'],
    ['renter', 'CT-60311227', null],
    ['owner', 'CT-60298154', 'Single person discount (25%)'],
  ] as const)('the bill of %s agrees with council tax account %s', async (personId, reference, lessened) => {
    const summary = (await lettersOf(personId)).find((each) => each.kind === 'bill')
    const bill = dataOf(await letter(summary?.id ?? ''))
    const account = council.state.people[personId].councilTax
    if (!account) throw new Error('No council tax account')
    expect(bill.about).toEqual([reference])
    const about = tableOf(bill.body, 'About this bill')
    expect(about.find((row) => textIn(row[0]) === 'Council tax band')?.[1]).toEqual({ text: account.band })
    const workings = tableOf(bill.body, 'How we worked out your bill')
    expect(moneyIn(workings.at(-1)?.[1])).toBe(account.yearTotal)
    const amounts = workings.map((row) => moneyIn(row[1]) ?? 0)
    expect(amounts.slice(0, -1).reduce((total, amount) => total + amount, 0)).toBe(account.yearTotal)
    expect(workings.map((row) => textIn(row[0]))).toEqual(
      lessened
        ? [`Council tax for band ${account.band}`, lessened, 'Total to pay for the year']
        : [`Council tax for band ${account.band}`, 'Total to pay for the year'],
    )
    const instalments = tableOf(bill.body, 'Your instalments')
    for (const instalment of account.instalments)
      expect(instalments).toContainEqual([{ date: instalment.dueOn }, { money: instalment.amount }])
    const listed = instalments.slice(0, -1).map((row) => moneyIn(row[1]) ?? 0)
    expect(listed.reduce((total, amount) => total + amount, 0)).toBe(account.yearTotal)
  })

  test('the tenant’s bill takes off a year of her weekly Council Tax Reduction', async () => {
    const summary = (await lettersOf('tenant')).find((each) => each.kind === 'bill')
    const workings = tableOf(dataOf(await letter(summary?.id ?? '')).body, 'How we worked out your bill')
    expect(moneyIn(workings[1]?.[1])).toBe(-52 * 2214)
  })

  test('Tomasz Nowak has a reminder about his council tax as well as his bill', async () => {
    const letters = await lettersOf('renter')
    expect(letters.map((each) => [each.kind, each.service])).toEqual(
      expect.arrayContaining([
        ['bill', 'council_tax'],
        ['reminder', 'council_tax'],
      ]),
    )
    expect(letters).toHaveLength(2)
  })

  test("another person's letter answers 404, as one that does not exist", async () => {
    signInAs('owner')
    expect(failureOf(await letter('LT-481205'))).toMatchObject({ kind: 'not-found' })
    expect(failureOf(await letter('LT-000000'))).toMatchObject({ kind: 'not-found' })
  })

  test('an id longer than any real one answers 404 without being looked for', async () => {
    signInAs('tenant')
    expect(failureOf(await letter(`LT-481205${'5'.repeat(40)}`))).toMatchObject({ kind: 'not-found' })
  })

  test('is refused with 403 to contact-centre staff, who have no letters of their own', async () => {
    signInAs('staff')
    expect(failureOf(await letter('LT-481205'))).toMatchObject({ kind: 'forbidden' })
    expect(failureOf(await clientFor().call('listMyLetters'))).toMatchObject({ kind: 'forbidden' })
  })
})
