import type { HttpHandler } from 'msw'
import { defaultGatewayOptions, type GatewayOptions } from './gateway-route'
import { accountHandlers } from './handlers/account'
import { accountsByServiceHandlers } from './handlers/accounts-by-service'
import { benefitHandlers } from './handlers/benefits'
import { councilTaxHandlers } from './handlers/council-tax'
import { parkingPermitHandlers } from './handlers/parking-permits'
import { directDebitHandlers } from './handlers/direct-debit'
import { evidenceHandlers } from './handlers/evidence'
import { housingHandlers } from './handlers/housing'
import { letterHandlers } from './handlers/letters'
import { changeHandlers } from './handlers/changes'
import { bookingHandlers } from './handlers/bookings'
import { paymentLinkHandlers } from './handlers/payment-links'
import { messageHandlers } from './handlers/messages'
import { createPaymentDesk, paymentHandlers } from './handlers/payments'
import { receiptHandlers } from './handlers/receipts'
import { referenceControlHandlers } from './handlers/reference-controls'
import { serviceRequestHandlers } from './handlers/service-requests'
import { serviceHandlers } from './handlers/services'
import { signInHandlers } from './handlers/sign-in'
import { penaltyChargeHandlers } from './handlers/penalty-charges'
import { visitorPermitHandlers } from './handlers/visitor-permits'
import { contactCentreHandlers } from './handlers/contact-centre'
import { createReferenceCouncil, type ReferenceCouncil } from './reference-council'

/**
 * The one handler set: Vitest, the dev server and the standalone server all run this. The
 * reference controls are off unless asked for, so nothing that could be deployed serves them.
 */
export function createGatewayHandlers(
  council: ReferenceCouncil = createReferenceCouncil(),
  options: Partial<GatewayOptions> = {},
): HttpHandler[] {
  const settings: GatewayOptions = { ...defaultGatewayOptions, ...options }
  const paymentDesk = createPaymentDesk(council, settings)
  return [
    ...signInHandlers(council, settings),
    ...accountHandlers(council, settings),
    ...serviceHandlers(council, settings),
    ...serviceRequestHandlers(council, settings),
    ...evidenceHandlers(council, settings),
    ...bookingHandlers(council, settings),
    ...paymentHandlers(council, settings, paymentDesk),
    ...paymentLinkHandlers(council, settings, paymentDesk),
    ...receiptHandlers(council, settings),
    ...accountsByServiceHandlers(council, settings),
    ...penaltyChargeHandlers(council, settings),
    ...benefitHandlers(council, settings),
    ...letterHandlers(council, settings),
    ...housingHandlers(council, settings),
    ...changeHandlers(council, settings),
    ...directDebitHandlers(council, settings),
    ...councilTaxHandlers(council, settings),
    ...parkingPermitHandlers(council, settings),
    ...messageHandlers(council, settings),
    ...visitorPermitHandlers(council, settings),
    ...contactCentreHandlers(council, settings),
    ...referenceControlHandlers(council, settings),
  ]
}
