import { z } from 'zod'
import { accountSummary, feedback, received } from './contract/account'
import { addressList, addressLookup } from './contract/addresses'
import { booking, bookingList, newBooking, slotList } from './contract/bookings'
import { benefitClaimList, councilTaxAccount } from './contract/council-tax'
import { rentAccount, tenancy } from './contract/housing'
import { parkingPermitList, penaltyChargeList } from './contract/parking'
import { amountsOwed, newPayment, owedLookup, payment, paymentLink, paymentLinkRequest, paymentLinkSent, paymentList, receiptSent } from './contract/payments'
import {
  nearbyRequestList,
  nearbySearch,
  newComment,
  newServiceRequest,
  photoUpload,
  photoUploaded,
  reopenRequest,
  serviceDefinition,
  serviceList,
  serviceRequest,
  serviceRequestCreated,
  serviceRequestList,
} from './contract/service-requests'
import { profile, profileChange, session } from './contract/session'

type Method = 'GET' | 'POST' | 'PATCH'

export interface Endpoint<Body extends z.ZodType | undefined = z.ZodType | undefined, Response extends z.ZodType = z.ZodType> {
  method: Method
  /** OpenAPI-style path below the gateway's base URL, with `{name}` for path parameters. */
  path: string
  summary: string
  tag: string
  body: Body
  response: Response
  /** The person must be signed in; otherwise the gateway answers 401. */
  signedIn: boolean
  /**
   * Safe to send again after a timeout or a lost response. Reads are; a POST is only
   * because it carries an Idempotency-Key. PATCH is not, so it is never retried.
   */
  retry: boolean
}

function endpoint<Body extends z.ZodType | undefined, Response extends z.ZodType>(
  definition: Omit<Endpoint<Body, Response>, 'retry'>,
): Endpoint<Body, Response> {
  return { ...definition, retry: definition.method !== 'PATCH' }
}

/** Every call the app makes to the council's gateway. The client, the reference gateway and the OpenAPI document all read this table. */
export const endpoints = {
  getSession: endpoint({ method: 'GET', path: '/session', summary: 'Who is signed in, with the CSRF token for writes', tag: 'Session', body: undefined, response: session, signedIn: false }),
  signOut: endpoint({ method: 'POST', path: '/auth/sign-out', summary: 'End the session and clear the session cookie', tag: 'Session', body: z.object({}), response: z.object({ signedOut: z.literal(true) }), signedIn: false }),
  getProfile: endpoint({ method: 'GET', path: '/me/profile', summary: 'Contact details, preferred language and alerts', tag: 'Account', body: undefined, response: profile, signedIn: true }),
  changeProfile: endpoint({ method: 'PATCH', path: '/me/profile', summary: 'Change contact details, preferred language or alerts', tag: 'Account', body: profileChange, response: profile, signedIn: true }),
  getAccountSummary: endpoint({ method: 'GET', path: '/me/summary', summary: 'What needs doing in each service', tag: 'Account', body: undefined, response: accountSummary, signedIn: true }),
  sendFeedback: endpoint({ method: 'POST', path: '/feedback', summary: 'Feedback on the online service', tag: 'Account', body: feedback, response: received, signedIn: false }),
  findAddresses: endpoint({ method: 'POST', path: '/addresses/lookup', summary: 'Addresses at a postcode, from the gazetteer (POST keeps the postcode out of URLs and logs)', tag: 'Addresses', body: addressLookup, response: addressList, signedIn: false }),
  listServices: endpoint({ method: 'GET', path: '/services', summary: 'The catalogue of problems that can be reported', tag: 'Service requests', body: undefined, response: serviceList, signedIn: false }),
  getServiceDefinition: endpoint({ method: 'GET', path: '/services/{serviceCode}', summary: "A service's questions", tag: 'Service requests', body: undefined, response: serviceDefinition, signedIn: false }),
  findNearbyRequests: endpoint({ method: 'POST', path: '/requests/nearby', summary: 'Open reports of the same service near a place (POST keeps the place out of URLs)', tag: 'Service requests', body: nearbySearch, response: nearbyRequestList, signedIn: false }),
  uploadPhoto: endpoint({ method: 'POST', path: '/photos', summary: 'A photo for a report or comment, already resized on the device', tag: 'Service requests', body: photoUpload, response: photoUploaded, signedIn: true }),
  reportProblem: endpoint({ method: 'POST', path: '/requests', summary: 'Report a problem', tag: 'Service requests', body: newServiceRequest, response: serviceRequestCreated, signedIn: true }),
  getMyRequest: endpoint({ method: 'GET', path: '/me/requests/{reference}', summary: 'One report, with its timeline and comments', tag: 'Service requests', body: undefined, response: serviceRequest, signedIn: true }),
  commentOnRequest: endpoint({ method: 'POST', path: '/me/requests/{reference}/comments', summary: 'Add a comment or photo to a report', tag: 'Service requests', body: newComment, response: serviceRequest, signedIn: true }),
  reopenRequest: endpoint({ method: 'POST', path: '/me/requests/{reference}/reopen', summary: 'Reopen a report closed as not fixed, within 28 days', tag: 'Service requests', body: reopenRequest, response: serviceRequest, signedIn: true }),
  followRequest: endpoint({ method: 'POST', path: '/requests/{reference}/follow', summary: "Follow someone else's report instead of making a new one", tag: 'Service requests', body: z.object({}), response: serviceRequest, signedIn: true }),
  listMyRequests: endpoint({ method: 'GET', path: '/me/requests', summary: 'Reports made or followed by the person', tag: 'Service requests', body: undefined, response: serviceRequestList, signedIn: true }),
  listMyBookings: endpoint({ method: 'GET', path: '/me/bookings', summary: "The person's bookings", tag: 'Bookings', body: undefined, response: bookingList, signedIn: true }),
  listSlots: endpoint({ method: 'GET', path: '/bookings/slots/{kind}', summary: 'Free slots for a kind of booking', tag: 'Bookings', body: undefined, response: slotList, signedIn: true }),
  bookAppointment: endpoint({ method: 'POST', path: '/me/bookings', summary: 'Book a free slot, for example the visit a housing repair needs', tag: 'Bookings', body: newBooking, response: booking, signedIn: true }),
  listAmountsOwed: endpoint({ method: 'GET', path: '/me/owed', summary: 'Everything the person owes, across services', tag: 'Payments', body: undefined, response: amountsOwed, signedIn: true }),
  startPayment: endpoint({ method: 'POST', path: '/payments', summary: 'Create a payment (GOV.UK Pay pattern) and get the hosted card page at nextUrl', tag: 'Payments', body: newPayment, response: payment, signedIn: true }),
  getPayment: endpoint({ method: 'GET', path: '/payments/{paymentId}', summary: "A payment's state: the only thing the app trusts on return from the card page", tag: 'Payments', body: undefined, response: payment, signedIn: true }),
  emailReceipt: endpoint({ method: 'POST', path: '/payments/{paymentId}/email-receipt', summary: 'Email the receipt for a successful payment to the person', tag: 'Payments', body: z.object({}), response: receiptSent, signedIn: true }),
  findOwedForCaller: endpoint({ method: 'POST', path: '/staff/owed-lookup', summary: "Contact-centre staff find what a caller owes by its reference (POST keeps it out of URLs)", tag: 'Contact centre', body: z.object({ reference: z.string().min(1).max(40) }), response: owedLookup, signedIn: true }),
  sendPaymentLink: endpoint({ method: 'POST', path: '/staff/payment-links', summary: 'Send the caller a secure link to pay one exact item, by text or email', tag: 'Contact centre', body: paymentLinkRequest, response: paymentLinkSent, signedIn: true }),
  getPaymentLink: endpoint({ method: 'GET', path: '/payment-links/{token}', summary: 'What a payment link pays', tag: 'Payments', body: undefined, response: paymentLink, signedIn: false }),
  startLinkPayment: endpoint({ method: 'POST', path: '/payment-links/{token}/payments', summary: 'Create a payment from a payment link', tag: 'Payments', body: z.object({ amount: z.int().min(1) }), response: payment, signedIn: false }),
  getLinkPayment: endpoint({ method: 'GET', path: '/payment-links/{token}/payments/{paymentId}', summary: "A payment link payment's state", tag: 'Payments', body: undefined, response: payment, signedIn: false }),
  listMyPayments: endpoint({ method: 'GET', path: '/me/payments', summary: 'Payment history', tag: 'Payments', body: undefined, response: paymentList, signedIn: true }),
  getTenancy: endpoint({ method: 'GET', path: '/me/housing/tenancy', summary: "The tenant's tenancy", tag: 'Housing', body: undefined, response: tenancy, signedIn: true }),
  getRentAccount: endpoint({ method: 'GET', path: '/me/housing/rent-account', summary: 'Rent balance and statement', tag: 'Housing', body: undefined, response: rentAccount, signedIn: true }),
  getCouncilTaxAccount: endpoint({ method: 'GET', path: '/me/council-tax', summary: 'Council tax account and instalments', tag: 'Council tax and benefits', body: undefined, response: councilTaxAccount, signedIn: true }),
  listBenefitClaims: endpoint({ method: 'GET', path: '/me/benefits/claims', summary: 'Housing Benefit and Council Tax Reduction claims', tag: 'Council tax and benefits', body: undefined, response: benefitClaimList, signedIn: true }),
  listParkingPermits: endpoint({ method: 'GET', path: '/me/parking/permits', summary: 'Resident and visitor permits', tag: 'Parking', body: undefined, response: parkingPermitList, signedIn: true }),
  listPenaltyCharges: endpoint({ method: 'GET', path: '/me/parking/penalty-charges', summary: 'Penalty charge notices', tag: 'Parking', body: undefined, response: penaltyChargeList, signedIn: true }),
} as const

export type Endpoints = typeof endpoints
export type EndpointName = keyof Endpoints
export type ResponseOf<Name extends EndpointName> = z.infer<Endpoints[Name]['response']>
export type BodyOf<Name extends EndpointName> = Endpoints[Name]['body'] extends z.ZodType ? z.input<Endpoints[Name]['body']> : never

export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')
}
