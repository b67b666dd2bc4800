import { fileURLToPath } from 'node:url'
import { aimedReadingAge, checkPlainWords, labelWords, mostWordsInASentence } from './plain-words'

const directory = fileURLToPath(new URL('../src/locales', import.meta.url))
const { reports, tooLong } = checkPlainWords(directory)

const columns = ['namespace', 'texts', 'labels', 'sentences', 'average words', 'longest', 'reading age']
const rows = reports.map((report) => [
  report.namespace,
  String(report.texts),
  String(report.labels),
  String(report.sentences),
  report.averageWords.toFixed(1),
  String(report.longestWords),
  report.readingAge.toFixed(1),
])
const widths = columns.map((column, index) => Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length)))
const line = (cells: string[]) =>
  cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join('  ')

console.log(`Plain words in English, per namespace (reading age: Flesch–Kincaid grade + 5; GOV.UK aims at ${aimedReadingAge})`)
console.log(line(columns))
for (const row of rows) console.log(line(row))
console.log(`Labels are texts of ${labelWords} words or fewer with no full stop; they count towards no average or reading age.`)
const hardest = reports.filter((report) => report.readingAge > aimedReadingAge).map((report) => report.namespace)
if (hardest.length > 0) console.log(`Reading age above ${aimedReadingAge} (reported, not failed): ${hardest.join(', ')}`)

if (tooLong.length > 0) {
  console.error(
    `Plain words check failed: ${tooLong.length} sentence(s) over ${mostWordsInASentence} words. Split each into shorter sentences:`,
  )
  for (const sentence of tooLong) console.error(`  ${sentence.key} (${sentence.words} words): ${sentence.text}`)
  process.exit(1)
}
console.log(`Plain words check passed: no sentence is over ${mostWordsInASentence} words.`)
