import { expect, test } from './support'

test('the gateway publishes its contract as OpenAPI 3.1', async ({ request }) => {
  const response = await request.get('/api/openapi.json')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^application\/json/)
  const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> }
  expect(document.openapi).toBe('3.1.0')
  expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/session', '/me/summary']))
  expect(document.paths['/session']).toHaveProperty('get')
  expect(document.paths['/me/summary']).toHaveProperty('get')
})
