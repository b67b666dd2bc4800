import { describe, expect, it } from 'vitest'
import { catalogue } from '#mocks/service-catalogue'
import { groupServices, searchServices } from './service-search'

const codesFor = (query: string) => searchServices(catalogue, query).map((service) => service.serviceCode)

describe('finding a service from everyday words', () => {
  it.each([
    ['rubbish', 'missed-bin'],
    ['bin not emptied', 'missed-bin'],
    ['My bins were not emptied', 'missed-bin'],
    ['lamp post', 'street-light'],
    ['street lamp out', 'street-light'],
    ['dumped mattress', 'fly-tipping'],
    ['hole in the road', 'pothole'],
    ['loud music next door', 'noise'],
    ['spray paint on wall', 'graffiti'],
    ['boiler broken', 'housing-repair'],
  ])('"%s" finds %s first', (query, code) => {
    expect(codesFor(query)[0]).toBe(code)
  })

  it('finds nothing for words that match no service', () => {
    expect(codesFor('library opening times')).toEqual([])
    expect(codesFor('   ')).toEqual([])
  })

  it('groups services for browsing, groups in order', () => {
    const groups = groupServices(catalogue)
    expect(groups.map(([group]) => group)).toEqual([
      'Bins and recycling',
      'Council housing',
      'Noise and nuisance',
      'Roads',
      'Streets and pavements',
    ])
    expect(groups.find(([group]) => group === 'Streets and pavements')?.[1].map((service) => service.serviceCode)).toEqual([
      'fly-tipping',
      'street-light',
      'graffiti',
    ])
  })
})
