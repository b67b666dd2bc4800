import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createReferenceCouncil } from '../reference-council'
import { createMyAccountServer, settingsFromEnvironment } from './my-account-server'

const settings = settingsFromEnvironment(process.env)
const dist = fileURLToPath(new URL('../../dist', import.meta.url))

if (!existsSync(dist)) {
  console.error('There is no production build in dist/. Run `npm start`, which builds it first.')
  process.exit(1)
}

const council = createReferenceCouncil()
createMyAccountServer(council, dist, settings).listen(settings.port, settings.host, () => {
  const address = `http://${settings.host}:${settings.port}`
  console.log(`My Account is running at ${address}`)
  console.log(`The reference gateway is at ${address}/api (contract: ${address}/api/openapi.json)`)
  console.log(
    settings.referenceControls
      ? `Test controls are ON at ${address}/api/__reference/*: anyone who can reach this server can end every session and break the gateway.`
      : 'Test controls are off (REFERENCE_CONTROLS=on turns them on, for tests only).',
  )
  if (settings.trustForwardedProto) console.log('Trusting X-Forwarded-Proto from the proxy in front (TRUST_PROXY=on).')
  console.log('Demo people (choose one on the sign-in page):')
  for (const person of Object.values(council.state.people)) {
    console.log(`  ${person.profile.name.padEnd(18)} ${person.about}`)
  }
})
