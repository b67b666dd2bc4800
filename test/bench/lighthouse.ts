import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { debianChromium } from '../debian-chromium'
import { median, type Figure } from './measure'
import { origin, signInCookie, startReferenceServer, stopServer } from './server'

export const lighthouseTargets = { lcpMs: 1800, tbtMs: 150, cls: 0.05 }
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5)

interface Page {
  name: string
  path: string
  signedIn: boolean
}
const pages: Page[] = [
  { name: 'landing page', path: '/', signedIn: false },
  { name: 'signed-in home page', path: '/', signedIn: true },
  { name: 'report a problem, start', path: '/report', signedIn: true },
]

/**
 * Lighthouse's own mobile defaults: a Moto G Power sized screen, simulated Slow 4G (150 ms round trip,
 * 1.6 Mbps down) and a CPU 4× slower, in Debian's Chromium. Each run in a fresh browser, so none starts warm.
 */
async function oneRun(url: string, cookie: string | null) {
  const chrome = await launch({
    chromePath: debianChromium.executablePath,
    chromeFlags: ['--headless=new', ...debianChromium.args],
  })
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      cookie === null ? undefined : { extends: 'lighthouse:default', settings: { extraHeaders: { Cookie: cookie } } },
    )
    const audits = result?.lhr.audits
    const runtimeError = result?.lhr.runtimeError
    if (!audits || runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${runtimeError?.message ?? 'no result'}`)
    // A signed-in page that sent the browser to the sign-in page measured the wrong thing.
    if (result.lhr.finalDisplayedUrl !== url) throw new Error(`${url} ended at ${result.lhr.finalDisplayedUrl}`)
    return {
      lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    }
  } finally {
    await chrome.kill()
  }
}

export async function lighthouseFigures(root: string): Promise<Figure[]> {
  const server = await startReferenceServer(root)
  const figures: Figure[] = []
  try {
    for (const page of pages) {
      const samples = []
      for (let run = 0; run < runs; run++) samples.push(await oneRun(`${origin}${page.path}`, page.signedIn ? await signInCookie() : null))
      const how = `median of ${runs} run${runs === 1 ? '' : 's'}, Lighthouse 12.2.3 mobile defaults, ${origin}${page.path}${page.signedIn ? ' signed in as Margaret Ellis (cookie from the demo sign-in form)' : ''}`
      figures.push(
        {
          label: `${page.name}: LCP`,
          value: median(samples.map((sample) => sample.lcp)),
          unit: 'ms',
          target: lighthouseTargets.lcpMs,
          digits: 0,
          how,
        },
        {
          label: `${page.name}: TBT`,
          value: median(samples.map((sample) => sample.tbt)),
          unit: 'ms',
          target: lighthouseTargets.tbtMs,
          digits: 0,
        },
        {
          label: `${page.name}: CLS`,
          value: median(samples.map((sample) => sample.cls)),
          unit: '',
          target: lighthouseTargets.cls,
          digits: 3,
        },
      )
    }
  } finally {
    await stopServer(server)
  }
  return figures
}
