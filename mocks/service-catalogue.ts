import type { Service, ServiceAttribute } from '#src/gateway/contract/service-requests'

export const catalogue: Service[] = [
  {
    serviceCode: 'missed-bin',
    name: 'Missed bin collection',
    description: 'Your bin was not emptied on collection day',
    group: 'Bins and recycling',
    keywords: ['rubbish', 'bin not emptied', 'recycling', 'refuse', 'waste'],
    hasQuestions: true,
    tenantsOnly: false,
  },
  {
    serviceCode: 'fly-tipping',
    name: 'Fly-tipping',
    description: 'Rubbish dumped in the street or on open land',
    group: 'Streets and pavements',
    keywords: ['dumped rubbish', 'mattress', 'fly tipping', 'waste'],
    hasQuestions: true,
    tenantsOnly: false,
  },
  {
    serviceCode: 'pothole',
    name: 'Pothole',
    description: 'A hole or damage in the road',
    group: 'Roads',
    keywords: ['hole in road', 'road damage', 'pavement'],
    hasQuestions: true,
    tenantsOnly: false,
  },
  {
    serviceCode: 'street-light',
    name: 'Street light not working',
    description: 'A street light that is out, flickering or damaged',
    group: 'Streets and pavements',
    keywords: ['lamp post', 'street lamp', 'light out'],
    hasQuestions: true,
    tenantsOnly: false,
  },
  {
    serviceCode: 'noise',
    name: 'Noise',
    description: 'Noise from a home, business or the street',
    group: 'Noise and nuisance',
    keywords: ['loud music', 'neighbours', 'party', 'barking'],
    hasQuestions: true,
    tenantsOnly: false,
  },
  {
    serviceCode: 'graffiti',
    name: 'Graffiti',
    description: 'Graffiti on a wall, bridge or street furniture',
    group: 'Streets and pavements',
    keywords: ['tagging', 'spray paint', 'vandalism'],
    hasQuestions: false,
    tenantsOnly: false,
  },
  {
    serviceCode: 'housing-repair',
    name: 'Housing repair',
    description: 'A repair in your council home',
    group: 'Council housing',
    keywords: ['leak', 'boiler', 'heating', 'damp', 'mould', 'broken'],
    hasQuestions: true,
    tenantsOnly: true,
  },
]

const attribute = (
  code: string,
  order: number,
  question: string,
  datatype: ServiceAttribute['datatype'],
  values: string[] = [],
  required = true,
): ServiceAttribute => ({
  code,
  order,
  question,
  datatype,
  required,
  description: '',
  values: values.map((name, index) => ({ key: String(index + 1), name })),
})

export const definitions: Record<string, { serviceCode: string; attributes: ServiceAttribute[] }> = {
  'missed-bin': {
    serviceCode: 'missed-bin',
    attributes: [
      attribute('bin_type', 1, 'Which bin was missed?', 'singlevaluelist', ['General waste', 'Recycling', 'Food waste', 'Garden waste']),
    ],
  },
  'fly-tipping': {
    serviceCode: 'fly-tipping',
    attributes: [
      attribute('what', 1, 'What has been dumped?', 'multivaluelist', [
        'Bags of rubbish',
        'Furniture',
        'Electrical items',
        'Building rubble',
        'Something else',
      ]),
    ],
  },
  pothole: {
    serviceCode: 'pothole',
    attributes: [
      attribute('size', 1, 'About how wide is it?', 'singlevaluelist', ['Smaller than a dinner plate', 'Bigger than a dinner plate']),
    ],
  },
  'street-light': {
    serviceCode: 'street-light',
    attributes: [
      attribute('problem', 1, 'What is wrong with the light?', 'singlevaluelist', [
        'It is out',
        'It is on all day',
        'It flickers',
        'It is damaged',
      ]),
    ],
  },
  noise: { serviceCode: 'noise', attributes: [attribute('when', 1, 'When does it happen?', 'text')] },
  graffiti: { serviceCode: 'graffiti', attributes: [] },
  'housing-repair': {
    serviceCode: 'housing-repair',
    attributes: [
      attribute('room', 1, 'Where in your home is the problem?', 'singlevaluelist', [
        'Kitchen',
        'Bathroom',
        'Bedroom',
        'Living room',
        'Hallway or stairs',
        'Outside',
      ]),
    ],
  },
}

/** Only the catalogue's own services: a code such as `constructor` or `__proto__` names none. */
export function definitionOf(serviceCode: string) {
  return Object.hasOwn(definitions, serviceCode) ? definitions[serviceCode] : undefined
}
