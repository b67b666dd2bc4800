import type { HttpHandler } from 'msw'
import { addressesAt, normalisePostcode } from '../gazetteer'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import type { ReferenceCouncil } from '../reference-council'
import { catalogue, definitionOf } from '../service-catalogue'

const postcodePattern = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/

export function serviceHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'findAddresses', ({ body }) => {
      const postcode = normalisePostcode(body.postcode)
      if (!postcodePattern.test(postcode)) {
        return refuse(422, 'Enter a real postcode', [
          { field: 'postcode', code: 'postcode.format', message: 'Enter a real postcode, like SE5 9QT' },
        ])
      }
      return ok({ addresses: addressesAt(postcode) })
    }),
    gatewayRoute(council, options, 'listServices', () => ok({ services: catalogue })),
    gatewayRoute(council, options, 'getServiceDefinition', ({ params }) => {
      const definition = definitionOf(params.serviceCode ?? '')
      return definition ? ok(definition) : refuse(404, 'There is no such service')
    }),
    gatewayRoute(council, options, 'listMyRequests', ({ person }) => ok({ requests: person.requests })),
  ]
}
