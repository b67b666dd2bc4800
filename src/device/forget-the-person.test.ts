import { describe, expect, it } from 'vitest'
import { openDB } from 'idb'
import { isKioskDevice } from './device-settings'
import { discardDraft, loadDraft, saveDraft } from './drafts'
import { forgetEverythingStored, forgetWhatIsKeptOf } from './forget-the-person'
import { keepsNothingOnDevice, markSharedComputer } from './shared-computer'

async function draftsOnDisk() {
  const db = await openDB('my-account')
  const keys = await db.getAllKeys('drafts')
  db.close()
  return keys
}

describe('drafts kept on the device', () => {
  it('gives a draft back only to the person who wrote it', async () => {
    await saveDraft('report-a-problem', 'owner', { serviceCode: 'pothole' })
    expect(await loadDraft('report-a-problem', 'owner')).toEqual({ serviceCode: 'pothole' })
    expect(await loadDraft('report-a-problem', 'renter')).toBeNull()
  })

  it('keeps drafts in IndexedDB, so they survive closing the app', async () => {
    await saveDraft('report-a-problem', 'owner', { serviceCode: 'pothole' })
    expect(await draftsOnDisk()).toEqual(['report-a-problem'])
  })

  it('discards a draft once it is sent', async () => {
    await saveDraft('report-a-problem', 'owner', { serviceCode: 'pothole' })
    await discardDraft('report-a-problem')
    expect(await loadDraft('report-a-problem', 'owner')).toBeNull()
  })

  it('forgets every draft at sign-out', async () => {
    await saveDraft('report-a-problem', 'owner', { serviceCode: 'pothole' })
    await saveDraft('something-else', 'owner', { text: 'hello' })
    await forgetEverythingStored()
    expect(await draftsOnDisk()).toEqual([])
  })

  it('on a kiosk, keeps drafts in memory only, never on the device', async () => {
    localStorage.setItem('my-account.device-mode', 'kiosk')
    expect(isKioskDevice()).toBe(true)
    await saveDraft('report-a-problem', 'owner', { serviceCode: 'noise' })
    expect(await loadDraft('report-a-problem', 'owner')).toEqual({ serviceCode: 'noise' })
    expect(await draftsOnDisk()).toEqual([])
    await forgetEverythingStored()
    expect(await loadDraft('report-a-problem', 'owner')).toBeNull()
  })

  it('on a computer the person said is shared, keeps drafts in memory only, for this tab and until they are told otherwise', async () => {
    markSharedComputer(true)
    expect(keepsNothingOnDevice()).toBe(true)
    await saveDraft('report-a-problem', 'owner', { serviceCode: 'noise' })
    expect(await loadDraft('report-a-problem', 'owner')).toEqual({ serviceCode: 'noise' })
    expect(await draftsOnDisk()).toEqual([])

    markSharedComputer(false)
    expect(keepsNothingOnDevice()).toBe(false)
    await saveDraft('report-a-problem', 'owner', { serviceCode: 'pothole' })
    expect(await draftsOnDisk()).toEqual(['report-a-problem'])
  })

  it('forgets the drafts of a person who says the computer is shared, and nobody else’s', async () => {
    await saveDraft('report-a-problem', 'owner', { serviceCode: 'pothole' })
    await saveDraft('something-else', 'renter', { text: 'hello' })
    await forgetWhatIsKeptOf('owner')
    expect(await draftsOnDisk()).toEqual(['something-else'])
    expect(await loadDraft('something-else', 'renter')).toEqual({ text: 'hello' })
  })
})
