import { z } from 'zod'
import { csrfProblemType, gatewayWordsDescription, gatewayWordsLanguage, problemDetails } from './contract/common'
import { endpoints, pathParameters, type Access } from './endpoints'
import { CORRELATION_HEADER, CSRF_HEADER, IDEMPOTENCY_HEADER } from './client'

type JsonObject = Record<string, unknown>

const accessWords: Record<Exclude<Access, 'anyone' | 'signed-in'>, string> = {
  resident: 'a resident (contact-centre staff are refused)',
  tenant: 'a council tenant',
  staff: 'contact-centre staff',
}

const problemDetailsResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
})

/**
 * The contract as OpenAPI 3.1, made from the same schemas the client validates with, so
 * the document a council's integration team reads cannot drift from what the app expects.
 */
export function createOpenApiDocument(serverUrl = '/api'): JsonObject {
  const schemas: JsonObject = {}
  const refFor = (schema: z.ZodType, io: 'input' | 'output'): JsonObject => {
    const json = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
      reused: 'inline',
      metadata: z.globalRegistry,
    })
    const relinked = JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonObject & {
      $defs?: JsonObject
    }
    const { $schema: _dropped, $defs, ...rest } = relinked
    Object.assign(schemas, $defs ?? {})
    const id = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id
    if (!id) return rest
    if (!('$ref' in rest)) schemas[id] = rest
    return { $ref: `#/components/schemas/${id}` }
  }
  refFor(problemDetails, 'output')

  const paths: Record<string, JsonObject> = {}
  for (const [operationId, endpoint] of Object.entries(endpoints)) {
    const responses: JsonObject = {
      '200': { description: 'OK', content: { 'application/json': { schema: refFor(endpoint.response, 'output') } } },
      '422': problemDetailsResponse('The request was not valid; `errors` names each field'),
      '429': { ...problemDetailsResponse('Too many requests'), headers: { 'Retry-After': { schema: { type: 'string' } } } },
      '503': problemDetailsResponse('The council system behind the gateway is not answering'),
    }
    if (endpoint.access !== 'anyone') responses['401'] = problemDetailsResponse('Not signed in, or the session has ended')
    const forbidden = [
      ...(endpoint.access === 'anyone' || endpoint.access === 'signed-in' ? [] : [`signed in, but not as ${accessWords[endpoint.access]}`]),
      ...(endpoint.method === 'GET' ? [] : [`a session cookie without its CSRF token (\`type\`: \`${csrfProblemType}\`)`]),
    ]
    if (forbidden.length > 0) responses['403'] = problemDetailsResponse(`Refused: ${forbidden.join('; or ')}`)
    if (endpoint.body) responses['413'] = problemDetailsResponse('The request body is larger than the gateway reads')
    if (endpoint.conflict) {
      responses['409'] = {
        description: endpoint.conflict.description,
        content: { 'application/problem+json': { schema: refFor(endpoint.conflict.schema, 'output') } },
      }
    } else if (endpoint.method === 'POST') responses['409'] = problemDetailsResponse('In conflict with the current state')

    const parameters: JsonObject[] = pathParameters(endpoint.path).map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }))
    parameters.push({
      name: CORRELATION_HEADER,
      in: 'header',
      required: false,
      schema: { type: 'string', format: 'uuid' },
      description: 'Traces one call through the gateway and the systems behind it',
    })
    if (endpoint.method !== 'GET')
      parameters.push({
        name: CSRF_HEADER,
        in: 'header',
        required: false,
        schema: { type: 'string' },
        description: 'The token from GET /session; required whenever a session cookie is sent',
      })
    if (endpoint.method === 'POST')
      parameters.push({
        name: IDEMPOTENCY_HEADER,
        in: 'header',
        required: true,
        schema: { type: 'string' },
        description:
          'A replay with the same key returns the first result; the same key for another path or with another body is refused with 422. Keys are kept for the person signed in, or for the payment link; a caller who is neither gets no replay',
      })

    const operation: JsonObject = {
      operationId,
      summary: endpoint.summary,
      tags: [endpoint.tag],
      parameters,
      responses,
      security: endpoint.access === 'anyone' ? [] : [{ session: [] }],
      'x-access': endpoint.access,
    }
    if (endpoint.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: refFor(endpoint.body, 'input') } } }
    }
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method.toLowerCase()]: operation }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'My Account gateway',
      version: '1.0.0',
      description:
        "The contract between My Account and a council's integration gateway. The gateway holds every token for the systems behind it; the browser holds only an HttpOnly session cookie. Each operation's `x-access` says who may make it: `anyone`, `signed-in` (anyone signed in), `resident` (signed in, not contact-centre staff), `tenant` (a resident with a council tenancy) or `staff` (contact-centre staff). Anyone else is answered 401 when not signed in and 403 when signed in. " +
        gatewayWordsDescription,
      'x-words-language': gatewayWordsLanguage,
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas,
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'myaccount_session' } },
    },
  }
}
