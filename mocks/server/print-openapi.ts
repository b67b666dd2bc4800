import { createOpenApiDocument } from '#src/gateway/openapi'

process.stdout.write(`${JSON.stringify(createOpenApiDocument('/api'), null, 2)}\n`)
