import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { accountSummaryKey, myRequestKey } from '#src/session/account-queries'
import { profileKey } from '#src/session/profile-queries'
import { answersFor, forgetAccountAnswers, forgetOtherPeople, keepAnswer, lastSignedIn, rememberSignedIn } from './account-cache'
import { DATABASE } from './database'
import { forgetEverythingStored, forgetWhatIsKeptOf } from './forget-the-person'
import { markSharedComputer } from './shared-computer'

const tenant = { id: 'tenant', name: 'Precious Okafor', role: 'resident', tenant: true }
const renter = { id: 'renter', name: 'Sam Kowalski', role: 'resident', tenant: false }

/** What is really on the device, read past the module under test. */
async function onDisk() {
  const db = await openDB(DATABASE)
  const answers = await db.getAll('account-cache')
  const signedIn = await db.getAll('signed-in')
  db.close()
  return { answers, signedIn }
}

describe('the account kept for reading offline', () => {
  it('remembers who was last signed in', async () => {
    expect(await lastSignedIn()).toBeNull()
    await rememberSignedIn(tenant)
    expect(await lastSignedIn()).toEqual({ ...tenant, at: expect.any(Number) as number })
    await rememberSignedIn(renter)
    expect(await lastSignedIn()).toMatchObject(renter)
  })

  it('gives each person only their own answers, with when they came from the gateway', async () => {
    await keepAnswer('tenant', accountSummaryKey, { rent: { owed: 18642 } }, 1_000)
    await keepAnswer('tenant', myRequestKey('SR-1'), { reference: 'SR-1' }, 2_000)
    await keepAnswer('renter', accountSummaryKey, { parking: { activePermits: 1 } }, 3_000)

    expect(await answersFor('tenant')).toEqual(
      expect.arrayContaining([
        { queryKey: accountSummaryKey, data: { rent: { owed: 18642 } }, updatedAt: 1_000 },
        { queryKey: myRequestKey('SR-1'), data: { reference: 'SR-1' }, updatedAt: 2_000 },
      ]),
    )
    expect(await answersFor('tenant')).toHaveLength(2)
    expect(await answersFor('renter')).toEqual([{ queryKey: accountSummaryKey, data: { parking: { activePermits: 1 } }, updatedAt: 3_000 }])
    expect(await answersFor('owner')).toEqual([])
  })

  it('keeps one answer per question, the latest', async () => {
    await keepAnswer('tenant', accountSummaryKey, { rent: { owed: 18642 } }, 1_000)
    await keepAnswer('tenant', accountSummaryKey, { rent: { owed: 0 } }, 5_000)
    expect(await answersFor('tenant')).toEqual([{ queryKey: accountSummaryKey, data: { rent: { owed: 0 } }, updatedAt: 5_000 }])
  })

  it('keeps answers in IndexedDB, each marked with whose it is', async () => {
    await keepAnswer('tenant', accountSummaryKey, { rent: { owed: 18642 } }, 1_000)
    const { answers } = await onDisk()
    expect(answers).toEqual([
      { personId: 'tenant', queryKey: JSON.stringify(accountSummaryKey), data: { rent: { owed: 18642 } }, updatedAt: 1_000 },
    ])
  })

  it('forgets everyone else when another person signs in on the device', async () => {
    await rememberSignedIn(tenant)
    await keepAnswer('tenant', accountSummaryKey, { rent: { owed: 18642 } }, 1_000)
    await keepAnswer('tenant', profileKey, { name: tenant.name }, 1_000)
    await keepAnswer('renter', accountSummaryKey, { parking: { activePermits: 1 } }, 2_000)

    await rememberSignedIn(renter)
    await forgetOtherPeople('renter')

    const { answers, signedIn } = await onDisk()
    expect(answers.map((answer) => answer.personId)).toEqual(['renter'])
    expect(signedIn).toEqual([expect.objectContaining({ personId: 'renter' })])
    expect(await answersFor('tenant')).toEqual([])
  })

  it('forgets who was signed in too, if that was someone else', async () => {
    await rememberSignedIn(tenant)
    await forgetOtherPeople('renter')
    expect(await lastSignedIn()).toBeNull()
  })

  it('keeps nothing at all on a shared kiosk', async () => {
    localStorage.setItem('my-account.device-mode', 'kiosk')
    await rememberSignedIn(tenant)
    await keepAnswer('tenant', accountSummaryKey, { rent: { owed: 18642 } }, 1_000)
    expect(await lastSignedIn()).toBeNull()
    expect(await answersFor('tenant')).toEqual([])
    expect(await onDisk()).toEqual({ answers: [], signedIn: [] })
  })

  it('keeps nothing at all on a computer the person said is shared', async () => {
    markSharedComputer(true)
    await rememberSignedIn(tenant)
    await keepAnswer('tenant', accountSummaryKey, { rent: { owed: 18642 } }, 1_000)
    expect(await lastSignedIn()).toBeNull()
    expect(await answersFor('tenant')).toEqual([])
    expect(await onDisk()).toEqual({ answers: [], signedIn: [] })
  })

  it('forgets what was kept of a person once they say the computer is shared, and only theirs', async () => {
    await rememberSignedIn(tenant)
    await keepAnswer('tenant', accountSummaryKey, { rent: { owed: 18642 } }, 1_000)
    await keepAnswer('renter', accountSummaryKey, { parking: { activePermits: 1 } }, 2_000)
    await forgetWhatIsKeptOf('tenant')
    const { answers, signedIn } = await onDisk()
    expect(answers.map((answer) => answer.personId)).toEqual(['renter'])
    expect(signedIn).toEqual([])
  })

  it('is all gone at sign-out', async () => {
    await rememberSignedIn(tenant)
    await keepAnswer('tenant', accountSummaryKey, { rent: { owed: 18642 } }, 1_000)
    await forgetEverythingStored()
    expect(await onDisk()).toEqual({ answers: [], signedIn: [] })
    expect(await lastSignedIn()).toBeNull()
  })

  it('is all gone when the gateway says nobody is signed in', async () => {
    await rememberSignedIn(tenant)
    await keepAnswer('tenant', accountSummaryKey, { rent: { owed: 18642 } }, 1_000)
    await forgetAccountAnswers()
    expect(await onDisk()).toEqual({ answers: [], signedIn: [] })
  })
})
