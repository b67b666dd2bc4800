import { describe, expect, test } from 'vitest'
import { council, signInAs } from '#test/gateway-server'
import { clientFor, dataOf, failureOf } from './gateway-calls'

const claim = (reference: string) => clientFor().call('getBenefitClaim', { params: { reference } })

describe('benefit claims', () => {
  test("Precious Okafor's Housing Benefit is paid into her rent account each Thursday, worked out line by line", async () => {
    signInAs('tenant')
    const housingBenefit = dataOf(await claim('HB-220981'))
    expect(housingBenefit).toMatchObject({ kind: 'housing_benefit', status: 'awarded', award: { weekly: 9350, paidTo: 'rent_account' } })
    expect(housingBenefit.award?.workings.at(-1)).toEqual({ description: 'Your Housing Benefit', weekly: 9350 })
    expect(housingBenefit.award?.workings[0]?.weekly).toBe(council.state.people.tenant.tenancy?.weeklyRent)
    expect(housingBenefit.payments).toHaveLength(6)
    for (const payment of housingBenefit.payments) {
      expect(new Date(`${payment.on}T12:00:00Z`).getUTCDay()).toBe(4)
      expect(payment.amount).toBe(9350)
    }
    expect(housingBenefit.history.map((event) => event.letterId).filter(Boolean)).toEqual(['LT-481205', 'LT-533017'])
  })

  test('her Council Tax Reduction comes off each council tax instalment still to pay', async () => {
    signInAs('tenant')
    const reduction = dataOf(await claim('CTR-220982'))
    const unpaid = council.state.people.tenant.councilTax?.instalments.filter((instalment) => !instalment.paid) ?? []
    expect(reduction.award).toMatchObject({ weekly: 2214, paidTo: 'council_tax_account' })
    expect(reduction.payments.map((payment) => payment.on)).toEqual(unpaid.map((instalment) => instalment.dueOn))
  })

  test('lists only her own claims', async () => {
    signInAs('tenant')
    expect(dataOf(await clientFor().call('listBenefitClaims')).claims.map((each) => each.reference)).toEqual(['HB-220981', 'CTR-220982'])
    signInAs('owner')
    expect(dataOf(await clientFor().call('listBenefitClaims')).claims).toEqual([])
  })

  test("another person's claim answers 404, as one that does not exist", async () => {
    signInAs('owner')
    expect(failureOf(await claim('HB-220981'))).toMatchObject({ kind: 'not-found' })
    expect(failureOf(await claim('HB-000000'))).toMatchObject({ kind: 'not-found' })
  })

  test('a reference longer than any real one answers 404 without being looked for', async () => {
    signInAs('tenant')
    expect(failureOf(await claim(`HB-220981${'9'.repeat(20)}`))).toMatchObject({ kind: 'not-found' })
  })

  test('is refused with 403 to contact-centre staff', async () => {
    signInAs('staff')
    expect(failureOf(await claim('HB-220981'))).toMatchObject({ kind: 'forbidden' })
    expect(failureOf(await clientFor().call('listBenefitClaims'))).toMatchObject({ kind: 'forbidden' })
  })
})
