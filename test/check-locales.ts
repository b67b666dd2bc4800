import { fileURLToPath } from 'node:url'
import { checkLocales } from './locale-check'

const directory = fileURLToPath(new URL('../src/locales', import.meta.url))
const problems = checkLocales(directory)
if (problems.length > 0) {
  console.error(`Locale check failed with ${problems.length} problem(s):`)
  for (const problem of problems) console.error(`  ${problem}`)
  process.exit(1)
}
console.log('Locale check passed: every language has every key, plural form and placeholder.')
