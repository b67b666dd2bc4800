/**
 * What the client checks every request and answer against: the endpoint table and its zod schemas. The client
 * loads this on its first call, so no page waits for the whole contract before its first screen.
 */
export { prettifyError } from 'zod'
export { csrfProblemType, problemDetails } from './contract/common'
export { endpoints } from './endpoints'
