import { describe, expect, test } from 'vitest'
import type { BodyOf } from '#src/gateway/endpoints'
import { council, signInAs } from '#test/gateway-server'
import { clientFor, dataOf, failureOf, send } from './gateway-calls'

const base64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes))
const ascii = (text: string) => [...text].map((letter) => letter.charCodeAt(0))
const filler = Array.from({ length: 64 }, (_, index) => index)

const jpeg = base64([0xff, 0xd8, 0xff, 0xe0, ...filler])
const png = base64([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...filler])
const webp = base64([...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WEBPVP8 '), ...filler])

/** Spaces, a tab, line breaks and the characters that take no room on screen. */
const looksEmpty = ['   ', '\t\n', '\u200B\u200C\u200D', '\u2060\uFEFF', ' \u200B \n\u00A0']

const missedBin: BodyOf<'reportProblem'> = {
  serviceCode: 'missed-bin',
  answers: { bin_type: '2' },
  location: { kind: 'address', uprn: '100021390009', text: '9 Kestrel Avenue, Southmere' },
  details: '',
  photoIds: [],
}

async function uploadPhoto(body: { contentType: string; dataBase64: string }) {
  return clientFor().call('uploadPhoto', { body: body as BodyOf<'uploadPhoto'> })
}

async function report(body: BodyOf<'reportProblem'>) {
  signInAs('owner')
  return clientFor().call('reportProblem', { body })
}

const reportOf = (reference: string) => council.state.people.owner.requests.find((request) => request.reference === reference)

describe('uploading a photo', () => {
  test.each([
    ['a JPEG', 'image/jpeg', jpeg],
    ['a PNG', 'image/png', png],
    ['a WebP', 'image/webp', webp],
  ])('takes %s, counting its bytes', async (_, contentType, dataBase64) => {
    signInAs('owner')

    const uploaded = dataOf(await uploadPhoto({ contentType, dataBase64 }))

    expect(council.state.photos.get(uploaded.photoId)).toEqual({ personId: 'owner', contentType, bytes: atob(dataBase64).length })
  })

  test.each([
    ['an SVG called a PNG', 'image/png', btoa('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['a web page called a JPEG', 'image/jpeg', btoa('<!doctype html><script>alert(1)</script>')],
    ['plain text called a WebP', 'image/webp', btoa('RIFF but not a photo at all')],
    ['a PNG called a JPEG', 'image/jpeg', png],
    ['a JPEG called a WebP', 'image/webp', jpeg],
    ['nothing at all', 'image/jpeg', ''],
    ['text that is not base64', 'image/jpeg', '/9j/4AAQ not base64!'],
    ['base64 cut short', 'image/jpeg', jpeg.slice(0, -1)],
    ['base64 with padding in the middle', 'image/jpeg', `/9j/${'='.repeat(4)}${jpeg}`],
  ])('refuses %s with 422, plainly, and keeps nothing', async (_, contentType, dataBase64) => {
    signInAs('owner')

    const failure = failureOf(await uploadPhoto({ contentType, dataBase64 }))

    expect(failure).toMatchObject({
      kind: 'invalid',
      details: {
        status: 422,
        errors: [{ field: 'dataBase64', code: 'photo.notAPhoto', message: 'The file is not a photo. Choose a JPEG, PNG or WebP photo' }],
      },
    })
    expect(council.state.photos.size).toBe(0)
  })

  test('refuses an SVG by its type with 422', async () => {
    signInAs('owner')

    expect(failureOf(await uploadPhoto({ contentType: 'image/svg+xml', dataBase64: btoa('<svg/>') }))).toMatchObject({
      kind: 'invalid',
      details: { status: 422 },
    })
    expect(council.state.photos.size).toBe(0)
  })
})

describe('reporting a problem', () => {
  test('refuses an answer to a question the service does not ask, naming it', async () => {
    const failure = failureOf(await report({ ...missedBin, answers: { bin_type: '2', colour: 'green' } }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'answers.colour', code: 'answer.notAsked' }] } })
    expect(council.state.people.owner.requests).toHaveLength(3)
  })

  test.each([
    [
      'more than 30 answers',
      { answers: Object.fromEntries(Array.from({ length: 31 }, (_, index) => [`question_${index}`, '1'])) },
      'answers',
    ],
    ['an answer of more than 500 characters', { answers: { bin_type: 'a'.repeat(501) } }, 'answers.bin_type'],
    ['a list of more than 20 answers', { answers: { bin_type: Array.from({ length: 21 }, () => '1') } }, 'answers.bin_type'],
    ['an answer to a question code of more than 64 characters', { answers: { ['q'.repeat(65)]: '1' } }, `answers.${'q'.repeat(65)}`],
    [
      'a location accurate only to more than 100 km',
      { location: { kind: 'device', latitude: 51.44, longitude: -0.08, accuracyMetres: 100_001 } },
      'location.accuracyMetres',
    ],
    [
      'an address of more than 300 characters',
      { location: { kind: 'address', uprn: '100021390009', text: 'a'.repeat(301) } },
      'location.text',
    ],
    ['a service code of more than 64 characters', { serviceCode: 'missed-bin'.padEnd(65, '-') }, 'serviceCode'],
    ['a photo id of more than 64 characters', { photoIds: ['PH-'.padEnd(65, '1')] }, 'photoIds.0'],
  ] as const)('refuses %s with 422 on that field, before looking further', async (_, change, field) => {
    const failure = failureOf(await report({ ...missedBin, ...change } as BodyOf<'reportProblem'>))

    expect(failure).toMatchObject({
      kind: 'invalid',
      details: { errors: [expect.objectContaining({ field, code: expect.not.stringMatching(/\./) })] },
    })
  })

  test.each(looksEmpty)('takes a required answer of only %j as no answer', async (answer) => {
    const failure = failureOf(await report({ ...missedBin, serviceCode: 'noise', answers: { when: answer } }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'answers.when', code: 'answer.required' }] } })
  })

  test('keeps details without the spaces and invisible characters around them, and none made only of those', async () => {
    const described = dataOf(await report({ ...missedBin, details: '\u200B  By the gate \n\uFEFF' }))
    const blank = dataOf(await report({ ...missedBin, details: ' \u200B\u2060 ' }))

    expect(reportOf(described.reference)?.comments).toEqual([expect.objectContaining({ text: 'By the gate' })])
    expect(reportOf(blank.reference)?.comments).toEqual([])
  })

  test('refuses a photo uploaded by someone else', async () => {
    signInAs('tenant')
    const theirs = dataOf(await uploadPhoto({ contentType: 'image/jpeg', dataBase64: jpeg }))

    const failure = failureOf(await report({ ...missedBin, photoIds: [theirs.photoId] }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'photoIds', code: 'photo.unknown' }] } })
  })
})

describe('commenting on a report', () => {
  test.each(looksEmpty)('refuses a comment of only %j, without a photo, on the text field', async (text) => {
    signInAs('owner')
    const before = structuredClone(reportOf('SR-1047760'))

    const failure = failureOf(
      await clientFor().call('commentOnRequest', { params: { reference: 'SR-1047760' }, body: { text, photoIds: [] } }),
    )

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'text', code: 'comment.empty' }] } })
    expect(reportOf('SR-1047760')).toEqual(before)
  })

  test('keeps a comment without the spaces and invisible characters around it', async () => {
    signInAs('owner')

    const commented = dataOf(
      await clientFor().call('commentOnRequest', {
        params: { reference: 'SR-1047760' },
        body: { text: '\uFEFF Still dark at night\u200B\n', photoIds: [] },
      }),
    )

    expect(commented.comments.at(-1)).toMatchObject({ by: 'you', text: 'Still dark at night' })
  })

  test('takes a photo alone', async () => {
    signInAs('owner')
    const photo = dataOf(await uploadPhoto({ contentType: 'image/jpeg', dataBase64: jpeg }))

    const commented = dataOf(
      await clientFor().call('commentOnRequest', {
        params: { reference: 'SR-1047760' },
        body: { text: '\u200B', photoIds: [photo.photoId] },
      }),
    )

    expect(commented.comments.at(-1)).toMatchObject({ text: '', photos: 1 })
  })

  test('refuses a photo uploaded by someone else, and adds nothing', async () => {
    signInAs('tenant')
    const theirs = dataOf(await uploadPhoto({ contentType: 'image/jpeg', dataBase64: jpeg }))
    signInAs('owner')
    const before = structuredClone(reportOf('SR-1047760'))

    const failure = failureOf(
      await clientFor().call('commentOnRequest', {
        params: { reference: 'SR-1047760' },
        body: { text: 'Here it is', photoIds: [theirs.photoId] },
      }),
    )

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'photoIds', code: 'photo.unknown' }] } })
    expect(reportOf('SR-1047760')).toEqual(before)
  })

  test("is refused with 404 on another person's report", async () => {
    signInAs('tenant')

    expect(
      failureOf(await clientFor().call('commentOnRequest', { params: { reference: 'SR-1047760' }, body: { text: 'Hello', photoIds: [] } })),
    ).toMatchObject({ kind: 'not-found' })
  })
})

describe('reopening a report', () => {
  test.each(looksEmpty)('refuses a reason of only %j on the reason field, and leaves the report closed', async (reason) => {
    signInAs('owner')

    const failure = failureOf(await clientFor().call('reopenRequest', { params: { reference: 'SR-1044318' }, body: { reason } }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'reason', code: 'reason.required' }] } })
    expect(reportOf('SR-1044318')).toMatchObject({ status: 'closed_not_fixed', open: false })
  })

  test('keeps the reason without the spaces and invisible characters around it', async () => {
    signInAs('owner')

    const reopened = dataOf(
      await clientFor().call('reopenRequest', {
        params: { reference: 'SR-1044318' },
        body: { reason: ' \u200BThe mattress is still there\uFEFF ' },
      }),
    )

    expect(reopened).toMatchObject({ status: 'received', open: true })
    expect(reopened.comments.at(-1)).toMatchObject({ text: 'The mattress is still there' })
  })
})

describe('the catalogue', () => {
  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('has no service called %j', async (serviceCode) => {
    expect((await send('GET', `/services/${serviceCode}`)).status).toBe(404)
  })

  test.each(['constructor', 'toString'])('takes no report for a service called %j', async (serviceCode) => {
    const failure = failureOf(await report({ ...missedBin, serviceCode, answers: {} }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'serviceCode', code: 'service.unknown' }] } })
  })

  test('refuses to look for nearby reports of a service code longer than any real one', async () => {
    const failure = failureOf(
      await clientFor().call('findNearbyRequests', {
        body: { serviceCode: 'x'.repeat(65), location: { kind: 'described', description: 'By the park' } },
      }),
    )

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'serviceCode' }] } })
  })

  test('refuses a postcode longer than any real one', async () => {
    expect(failureOf(await clientFor().call('findAddresses', { body: { postcode: 'SE5 9QT'.padEnd(41, ' ') } }))).toMatchObject({
      kind: 'invalid',
      details: { errors: [{ field: 'postcode', code: 'too_big' }] },
    })
  })
})
