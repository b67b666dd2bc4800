import { describe, expect, it } from 'vitest'
import { openDB } from 'idb'
import { discardDraft, forgetEverythingStored, isKioskDevice, loadDraft, saveDraft } from './device-store'

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
})
