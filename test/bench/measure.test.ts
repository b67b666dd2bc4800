import { describe, expect, it } from 'vitest'
import { addedBy, firstLoadFiles, formatFigure, median, ratio, staticClosure, sumSizes, verdict, type Manifest } from './measure'

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js', '_react.js'], css: ['assets/index.css'] },
  '_shared.js': { file: 'assets/shared.js', imports: ['_react.js'] },
  '_react.js': { file: 'assets/react.js' },
  'src/features/report/page.tsx': {
    file: 'assets/page.js',
    isDynamicEntry: true,
    imports: ['_shared.js', '_form.js'],
    css: ['assets/page.css'],
  },
  '_form.js': { file: 'assets/form.js', imports: ['_react.js'] },
}

describe('finding the first load in a Vite manifest', () => {
  it('follows static imports however deep, once each', () => {
    expect([...staticClosure(manifest, 'index.html')]).toEqual(['index.html', '_shared.js', '_react.js'])
  })

  it('gives the entry with its imports, and their CSS, but not lazy pages', () => {
    const first = firstLoadFiles(manifest)
    expect(first.js.sort()).toEqual(['assets/index.js', 'assets/react.js', 'assets/shared.js'])
    expect(first.css).toEqual(['assets/index.css'])
  })

  it('counts what a lazy page adds beyond the first load, not what is loaded already', () => {
    const first = firstLoadFiles(manifest)
    expect(addedBy(manifest, 'src/features/report/page.tsx', first.keys).js.sort()).toEqual(['assets/form.js', 'assets/page.js'])
  })

  it('says so when there is no entry', () => {
    expect(() => firstLoadFiles({ '_a.js': { file: 'a.js' } })).toThrow(/no entry/)
  })
})

describe('figures', () => {
  it('sums sizes as the sizer gives them', () => {
    expect(sumSizes(['a', 'bb', 'ccc'], (file) => file.length * 100)).toBe(600)
  })

  it('takes the middle of an odd count and the mean of the middle two of an even one, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('compares with the floor as a ratio', () => {
    expect(ratio(150, 120)).toBe(1.25)
    expect(ratio(1, 0)).toBeNaN()
  })

  it('passes a figure at or under its target, and never one that was not measured', () => {
    expect(verdict(125, 125)).toBe('PASS')
    expect(verdict(125.1, 125)).toBe('OVER')
    expect(verdict(null, 125)).toBe('NOT MEASURED')
    expect(verdict(Number.NaN, 125)).toBe('NOT MEASURED')
  })

  it('prints a figure with its unit, its target and the verdict', () => {
    expect(formatFigure({ label: 'first load', value: 206.14, unit: 'KB', target: 125 })).toMatch(
      /first load +206\.1 KB +target ≤ 125 KB +OVER$/,
    )
    expect(formatFigure({ label: 'floor', value: 123, unit: 'KB', target: null })).not.toMatch(/target/)
  })
})
