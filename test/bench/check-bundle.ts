import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { firstLoadJs, targets } from './bundle'
import { kib } from './measure'

/**
 * Fails when the JavaScript every visitor downloads before the first screen passes the hard cap.
 * Builds into a folder of its own, so it never disturbs dist/ or a server using it. It measures; it does not time.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const outDir = mkdtempSync(join(tmpdir(), 'my-account-check-bundle-'))
try {
  const built = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: '1' },
  })
  if (built.status !== 0) throw new Error('vite build failed')
  const { bytes, files } = firstLoadJs(outDir)
  const within = bytes / kib <= targets.hardCapKb
  console.log(
    `first-load JavaScript: ${(bytes / kib).toFixed(1)} KB gzip in ${files} files; hard cap ${targets.hardCapKb} KB: ${within ? 'within' : 'OVER'}`,
  )
  process.exitCode = within ? 0 : 1
} finally {
  rmSync(outDir, { recursive: true, force: true })
}
