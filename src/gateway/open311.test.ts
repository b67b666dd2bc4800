import { describe, expect, it } from 'vitest'
import { service, serviceDefinition, serviceRequest } from './contract/service-requests'
import { definitionFromOpen311, requestFromOpen311, servicesFromOpen311 } from './open311'

// Examples from the Open311 GeoReport v2 specification (service codes written as strings:
// the specification's bare 001 is not valid JSON).
const specServiceList = [
  {
    service_code: '001',
    service_name: 'Cans left out 24x7',
    description: 'Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.',
    metadata: true,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'sanitation',
  },
  {
    service_code: '002',
    metadata: true,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'street',
    service_name: 'Construction plate shifted',
    description: 'Metal construction plate covering the street or sidewalk has been moved.',
  },
  {
    service_code: '003',
    metadata: true,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'street',
    service_name: 'Curb or curb ramp defect',
    description: 'Sidewalk curb or ramp has problems such as cracking, missing pieces, holes, and/or chipped curb.',
  },
]

const specServiceDefinition = {
  service_code: 'DMV66',
  attributes: [
    {
      variable: true,
      code: 'WHISHETN',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: null,
      order: 1,
      description: 'What is the ticket/tag/DL number?',
      values: [
        { key: 123, name: 'Ford' },
        { key: 124, name: 'Chrysler' },
      ],
    },
  ],
}

const specServiceRequest = {
  service_request_id: 638344,
  status: 'closed',
  status_notes: 'Duplicate request.',
  service_name: 'Sidewalk and Curb Issues',
  service_code: '006',
  description: null,
  agency_responsible: null,
  service_notice: null,
  requested_datetime: '2010-04-14T06:37:38-08:00',
  updated_datetime: '2010-04-14T06:37:38-08:00',
  expected_datetime: '2010-04-15T06:37:38-08:00',
  address: '8TH AVE and JUDAH ST',
  address_id: 545483,
  zipcode: 94122,
  lat: 37.762221815,
  long: -122.4651145,
  media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
}

describe('the Open311 GeoReport v2 adapter', () => {
  it("maps the specification's service list onto the contract", () => {
    const services = servicesFromOpen311(specServiceList)
    expect(services).toHaveLength(3)
    expect(services[0]).toEqual({
      serviceCode: '001',
      name: 'Cans left out 24x7',
      description: 'Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.',
      group: 'sanitation',
      keywords: ['lorem', 'ipsum', 'dolor'],
      hasQuestions: true,
      tenantsOnly: false,
    })
    for (const mapped of services) expect(service.safeParse(mapped).success).toBe(true)
  })

  it('marks the groups a council keeps for its tenants', () => {
    expect(servicesFromOpen311(specServiceList, ['street']).map((mapped) => mapped.tenantsOnly)).toEqual([false, true, true])
  })

  it("maps the specification's service definition, with numeric keys as strings", () => {
    const definition = definitionFromOpen311(specServiceDefinition)
    expect(definition).toEqual({
      serviceCode: 'DMV66',
      attributes: [
        {
          code: 'WHISHETN',
          datatype: 'singlevaluelist',
          required: true,
          order: 1,
          question: 'What is the ticket/tag/DL number?',
          description: '',
          values: [
            { key: '123', name: 'Ford' },
            { key: '124', name: 'Chrysler' },
          ],
        },
      ],
    })
    expect(serviceDefinition.safeParse(definition).success).toBe(true)
  })

  it('asks only the questions the resident answers, in order', () => {
    const definition = definitionFromOpen311({
      service_code: 'X',
      attributes: [
        { ...specServiceDefinition.attributes[0], code: 'SECOND', order: 2 },
        { ...specServiceDefinition.attributes[0], code: 'FIRST', order: 1 },
        { ...specServiceDefinition.attributes[0], code: 'INFO', variable: false, datatype: 'string', order: 0, values: null },
      ],
    })
    expect(definition.attributes.map((attribute) => attribute.code)).toEqual(['FIRST', 'SECOND'])
  })

  it.each(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'])('accepts the %s datatype', (datatype) => {
    const definition = definitionFromOpen311({ service_code: 'X', attributes: [{ ...specServiceDefinition.attributes[0], datatype }] })
    expect(definition.attributes[0]?.datatype).toBe(datatype)
  })

  it('refuses a definition that is not GeoReport v2', () => {
    expect(() => definitionFromOpen311({ service_code: 'X', attributes: [{ code: 'A', datatype: 'colour' }] })).toThrow()
  })

  it("maps the specification's closed request, keeping the council's notes", () => {
    const request = requestFromOpen311(specServiceRequest)
    expect(request).toMatchObject({
      reference: '638344',
      serviceCode: '006',
      serviceName: 'Sidewalk and Curb Issues',
      status: 'fixed',
      open: false,
      location: '8TH AVE and JUDAH ST',
      submittedAt: '2010-04-14T14:37:38.000Z',
      expectedBy: '2010-04-15',
    })
    expect(request.timeline).toEqual([
      { status: 'received', at: '2010-04-14T14:37:38.000Z', note: null },
      { status: 'fixed', at: '2010-04-14T14:37:38.000Z', note: 'Duplicate request.' },
    ])
    expect(serviceRequest.safeParse(request).success).toBe(true)
  })

  it('maps an open request with notes as in progress, and one without an address by its position', () => {
    const request = requestFromOpen311({ ...specServiceRequest, status: 'open', address: null, status_notes: 'Crew on the way' })
    expect(request.status).toBe('in_progress')
    expect(request.open).toBe(true)
    expect(request.location).toBe('37.762221815, -122.4651145')
  })
})
