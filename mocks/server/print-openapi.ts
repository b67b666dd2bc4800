import { createOpenApiDocument } from '#src/gateway/openapi'

console.log(JSON.stringify(createOpenApiDocument('/api'), null, 2))
