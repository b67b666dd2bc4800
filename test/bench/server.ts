import { spawn, type ChildProcess } from 'node:child_process'

export const benchPort = Number(process.env.BENCH_PORT ?? 4193)
export const origin = `http://localhost:${benchPort}`

/** The production build in dist/ with the reference gateway, as `npm start` serves it, with no added latency. */
export async function startReferenceServer(root: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'mocks/server/start.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(benchPort), GATEWAY_LATENCY: 'off', REFERENCE_CONTROLS: 'on' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  for (let tries = 0; tries < 600; tries++) {
    try {
      if ((await fetch(`${origin}/api/session`)).ok) return server
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  server.kill()
  throw new Error(`The reference gateway did not start on ${origin}`)
}

export function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    server.once('exit', () => resolve())
    server.kill()
  })
}

/** Signs a demo person in with the form post the gateway's sign-in page makes, and gives back the session cookie. */
export async function signInCookie(person = 'owner'): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in`, {
    method: 'POST',
    headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ person, returnTo: '/', sharedDevice: 'no' }),
    redirect: 'manual',
  })
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('myaccount_session='))
  if (response.status !== 303 || !cookie) throw new Error(`Could not sign in as ${person}: ${response.status}`)
  return cookie.split(';')[0] ?? ''
}
