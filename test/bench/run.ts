import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { bundleFigures } from './bundle'
import { formatFigure, type Figure } from './measure'

/**
 * How fast the app is on a cheap phone, each figure against its target from the budgets.
 *
 *   npm run bench                     builds once, then every part
 *   npm run bench -- bundle           one part (or several): bundle, lighthouse, offline, outbox, lists, memory
 *   npm run bench -- --no-build ...   uses the build already in dist/
 *   LIGHTHOUSE_RUNS=1 npm run bench -- lighthouse   fewer runs while trying things (5 by default)
 *
 * A figure over its target is printed as OVER; the exit code is not 0 only when the bench itself broke.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const parts = ['bundle', 'lighthouse', 'offline', 'outbox', 'lists', 'memory'] as const
type Part = (typeof parts)[number]

const args = process.argv.slice(2)
const asked = args.filter((arg) => !arg.startsWith('--'))
const unknown = asked.filter((arg) => !(parts as readonly string[]).includes(arg))
if (unknown.length > 0) {
  console.error(`No such part: ${unknown.join(', ')}. The parts are: ${parts.join(', ')}`)
  process.exit(2)
}
const chosen: Part[] = asked.length > 0 ? (asked as Part[]) : [...parts]
const dist = `${root}dist`

function buildApp() {
  console.log('Building the app (vite build) ...')
  const started = Date.now()
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: '1' },
  })
  if (built.status !== 0) throw new Error('vite build failed')
  console.log(`  built in ${Math.round((Date.now() - started) / 1000)} s\n`)
}

function print(title: string, figures: Figure[], lines: string[] = []) {
  console.log(`\n== ${title}`)
  for (const figure of figures) {
    console.log(formatFigure(figure))
    if (figure.how) console.log(`    ${figure.how}`)
  }
  for (const line of lines) console.log(line)
}

async function runPart(part: Part) {
  switch (part) {
    case 'bundle': {
      const { figures, lines } = await bundleFigures(dist)
      print('Bundle and the floor', figures, lines)
      return
    }
    case 'lighthouse': {
      const { lighthouseFigures } = await import('./lighthouse')
      print('Lighthouse mobile (simulated Slow 4G, 4× CPU, Debian Chromium)', await lighthouseFigures(root))
      return
    }
    default: {
      const { browserFigures } = await import('./browser')
      const { figures, lines } = await browserFigures(root, part)
      print(part, figures, lines)
    }
  }
}

const started = Date.now()
let broke = false
if (!args.includes('--no-build')) buildApp()
for (const part of chosen) {
  try {
    await runPart(part)
  } catch (error) {
    broke = true
    console.error(`\n== ${part}: the bench broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  }
}
console.log(`\nbench: ${chosen.join(', ')} in ${Math.round((Date.now() - started) / 1000)} s on ${new Date().toISOString().slice(0, 10)}`)
process.exitCode = broke ? 1 : 0
