import { z } from 'zod'
import { describe, expect, test } from 'vitest'
import { SESSION_COOKIE } from '#mocks/reference-council'
import { CORRELATION_HEADER, CSRF_HEADER, IDEMPOTENCY_HEADER } from './client'
import { csrfProblemType } from './contract/common'
import { endpoints, pathParameters } from './endpoints'
import { createOpenApiDocument } from './openapi'

interface Parameter {
  name: string
  in: string
  required: boolean
}
interface Operation {
  operationId: string
  summary: string
  tags: string[]
  parameters: Parameter[]
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>
  security: Record<string, string[]>[]
  requestBody?: { required: boolean; content: Record<string, { schema: Record<string, unknown> }> }
}
interface Document {
  openapi: string
  servers: { url: string }[]
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Record<string, unknown>>; securitySchemes: Record<string, unknown> }
}

const document = createOpenApiDocument() as unknown as Document
const all = Object.entries(endpoints)

function operationFor(name: keyof typeof endpoints): Operation {
  const endpoint = endpoints[name]
  const operation = document.paths[endpoint.path]?.[endpoint.method.toLowerCase()]
  if (!operation) throw new Error(`No operation for ${endpoint.method} ${endpoint.path}`)
  return operation
}

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found))
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner)
      else refsIn(inner, found)
    }
  }
  return found
}

function idOf(schema: z.ZodType) {
  return (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id
}

describe('the OpenAPI document', () => {
  test('is OpenAPI 3.1.0', () => {
    expect(document.openapi).toBe('3.1.0')
  })

  test('names the server it is given, /api by default', () => {
    expect(document.servers).toEqual([{ url: '/api' }])
    expect((createOpenApiDocument('https://gateway.example.gov.uk/myaccount') as unknown as Document).servers).toEqual([
      { url: 'https://gateway.example.gov.uk/myaccount' },
    ])
  })

  test("says the gateway's own words are in English", () => {
    const info = (document as unknown as { info: { description: string; 'x-words-language': string } }).info
    expect(info['x-words-language']).toBe('en')
    expect(info.description).toContain("The council's systems hold their texts in English.")
  })

  test('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document)
  })

  test.each(all)('has %s under its path and method, with its operationId, summary and tag', (name, endpoint) => {
    const operation = operationFor(name as keyof typeof endpoints)
    expect(operation.operationId).toBe(name)
    expect(operation.summary).toBe(endpoint.summary)
    expect(operation.tags).toEqual([endpoint.tag])
  })

  test('has no operation that is not in the endpoint table', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => `${method.toUpperCase()} ${path} ${operation.operationId}`),
    )
    expect(operations.sort()).toEqual(all.map(([name, endpoint]) => `${endpoint.method} ${endpoint.path} ${name}`).sort())
  })

  test('has operationIds that are all different', () => {
    const ids = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((operation) => operation.operationId))
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('has every $ref resolve to a schema in components.schemas', () => {
    const refs = refsIn(document)
    expect(refs.length).toBeGreaterThan(all.length)
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//)
      expect(document.components.schemas).toHaveProperty([ref.replace('#/components/schemas/', '')])
    }
  })

  test('has no schema that is only a reference to itself', () => {
    for (const [id, schema] of Object.entries(document.components.schemas)) {
      expect(schema.$ref, id).not.toBe(`#/components/schemas/${id}`)
    }
  })

  test('has the Session schema in full: signed out, or signed in with the person, the CSRF token, the expiry and whether the computer is shared', () => {
    const session = document.components.schemas.Session
    expect(session).toBeDefined()
    expect(session).not.toHaveProperty('$ref')
    const options = session?.oneOf as { properties: Record<string, unknown>; required: string[] }[]
    expect(options).toHaveLength(2)
    expect(options.map((option) => option.required.sort())).toEqual([
      ['signedIn'],
      ['csrfToken', 'expiresAt', 'person', 'sharedDevice', 'signedIn'],
    ])
    expect(options[1]?.properties.person).toEqual({ $ref: '#/components/schemas/Person' })
  })

  test.each(all.filter(([, endpoint]) => idOf(endpoint.response)))('answers %s with a reference to its named schema', (name, endpoint) => {
    expect(operationFor(name as keyof typeof endpoints).responses['200']?.content?.['application/json']?.schema).toEqual({
      $ref: `#/components/schemas/${idOf(endpoint.response)}`,
    })
  })

  test('keeps money in whole pence', () => {
    const summary = document.components.schemas.AccountSummary as {
      properties: { rent: { anyOf: { properties?: { owed: { type: string } } }[] } }
    }
    const rent = summary.properties.rent.anyOf.find((option) => option.properties)
    expect(rent?.properties?.owed.type).toBe('integer')
  })

  test('describes problem details with the fields of each error', () => {
    const problem = document.components.schemas.ProblemDetails as {
      required: string[]
      properties: { errors: { items: { required: string[] } } }
    }
    expect(problem.required.sort()).toEqual(['status', 'title'])
    expect(problem.properties.errors.items.required.sort()).toEqual(['code', 'field', 'message'])
  })
})

describe('each operation', () => {
  const posts = all.filter(([, endpoint]) => endpoint.method === 'POST')
  const notPosts = all.filter(([, endpoint]) => endpoint.method !== 'POST')
  const writes = all.filter(([, endpoint]) => endpoint.method !== 'GET')
  const reads = all.filter(([, endpoint]) => endpoint.method === 'GET')
  const signedIn = all.filter(([, endpoint]) => endpoint.access !== 'anyone')
  const open = all.filter(([, endpoint]) => endpoint.access === 'anyone')
  const forSomeOnly = all.filter(([, endpoint]) => endpoint.access !== 'anyone' && endpoint.access !== 'signed-in')
  const forAnyoneSignedIn = all.filter(([, endpoint]) => endpoint.access === 'anyone' || endpoint.access === 'signed-in')
  const withBody = all.filter(([, endpoint]) => endpoint.body)

  test('covers both kinds of each rule', () => {
    for (const group of [posts, notPosts, writes, reads, signedIn, open, forSomeOnly, forAnyoneSignedIn, withBody])
      expect(group.length).toBeGreaterThan(0)
  })

  test.each(posts)('POST %s requires the Idempotency-Key header and may answer 409', (name) => {
    const operation = operationFor(name as keyof typeof endpoints)
    expect(operation.parameters).toContainEqual(expect.objectContaining({ name: IDEMPOTENCY_HEADER, in: 'header', required: true }))
    expect(operation.responses).toHaveProperty('409')
  })

  test.each(notPosts)('%s takes no Idempotency-Key', (name) => {
    expect(operationFor(name as keyof typeof endpoints).parameters.map((parameter) => parameter.name)).not.toContain(IDEMPOTENCY_HEADER)
  })

  test.each(writes)('write %s takes the CSRF token and a JSON body', (name) => {
    const operation = operationFor(name as keyof typeof endpoints)
    expect(operation.parameters).toContainEqual(expect.objectContaining({ name: CSRF_HEADER, in: 'header' }))
    expect(operation.requestBody?.required).toBe(true)
    expect(operation.requestBody?.content['application/json']?.schema).toBeDefined()
  })

  test.each(reads)('read %s takes no CSRF token and no body', (name) => {
    const operation = operationFor(name as keyof typeof endpoints)
    expect(operation.parameters.map((parameter) => parameter.name)).not.toContain(CSRF_HEADER)
    expect(operation.requestBody).toBeUndefined()
  })

  test.each(all)('%s takes an optional correlation id', (name) => {
    expect(operationFor(name as keyof typeof endpoints).parameters).toContainEqual(
      expect.objectContaining({ name: CORRELATION_HEADER, in: 'header', required: false }),
    )
  })

  test.each(all)('%s declares each of its path parameters', (name, endpoint) => {
    const declared = operationFor(name as keyof typeof endpoints).parameters.filter((parameter) => parameter.in === 'path')
    expect(declared.map((parameter) => parameter.name)).toEqual(pathParameters(endpoint.path))
    for (const parameter of declared) expect(parameter.required).toBe(true)
  })

  test('path parameters are found in the paths that have them', () => {
    expect(pathParameters(endpoints.getServiceDefinition.path)).toEqual(['serviceCode'])
    expect(pathParameters(endpoints.listSlots.path)).toEqual(['kind'])
  })

  test.each(signedIn)('signed-in %s needs the session and may answer 401', (name) => {
    const operation = operationFor(name as keyof typeof endpoints)
    expect(operation.security).toEqual([{ session: [] }])
    expect(operation.responses).toHaveProperty('401')
  })

  test.each(open)('%s needs no session and never answers 401', (name) => {
    const operation = operationFor(name as keyof typeof endpoints)
    expect(operation.security).toEqual([])
    expect(operation.responses).not.toHaveProperty('401')
  })

  test.each(all)('%s says who may make it in x-access', (name, endpoint) => {
    expect((operationFor(name as keyof typeof endpoints) as Operation & { 'x-access'?: string })['x-access']).toBe(endpoint.access)
  })

  test.each(forSomeOnly)('%s, for some people only, may answer 403', (name) => {
    expect(operationFor(name as keyof typeof endpoints).responses).toHaveProperty('403')
  })

  test.each(reads.filter(([name]) => forAnyoneSignedIn.some(([other]) => other === name)))(
    'read %s, for anyone it is open to, never answers 403',
    (name) => {
      expect(operationFor(name as keyof typeof endpoints).responses).not.toHaveProperty('403')
    },
  )

  test.each(writes)('write %s may answer 403 for a missing CSRF token, naming its problem type', (name) => {
    const response = operationFor(name as keyof typeof endpoints).responses['403'] as { description: string } | undefined
    expect(response?.description).toContain(csrfProblemType)
  })

  test.each(withBody)('%s may answer 413 for a body too large', (name) => {
    expect(operationFor(name as keyof typeof endpoints).responses).toHaveProperty('413')
  })

  test('the session is the HttpOnly cookie the gateway sets', () => {
    expect(document.components.securitySchemes).toEqual({ session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } })
  })

  test.each(all)('%s may answer 422, 429 with Retry-After and 503, as problem details', (name) => {
    const responses = operationFor(name as keyof typeof endpoints).responses as Record<
      string,
      { content?: Record<string, unknown>; headers?: Record<string, unknown> }
    >
    for (const status of ['422', '429', '503']) {
      expect(responses[status]?.content).toEqual({
        'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } },
      })
    }
    expect(responses['429']?.headers).toHaveProperty('Retry-After')
  })
})
