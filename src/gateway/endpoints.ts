import { z } from 'zod'
import { accountSummary, feedback, received } from './contract/account'
import { addressList, addressLookup } from './contract/addresses'
import {
  booking,
  bookingList,
  bookingMove,
  bookingOptions,
  newBooking,
  reminderChange,
  slotHold,
  slotHoldReleased,
  slotHoldRequest,
  slotList,
  slotTaken,
} from './contract/bookings'
import { messageList } from './contract/messages'
import { problemDetails } from './contract/common'
import { benefitClaim, benefitClaimList } from './contract/benefits'
import { letter, letterList } from './contract/letters'
import { councilTaxAccount, singlePersonDiscountApplication, singlePersonDiscountClaim } from './contract/council-tax'
import {
  evidenceDocument,
  evidenceList,
  evidencePart,
  evidencePartReceived,
  evidenceReceived,
  evidenceSubmission,
  evidenceUploadStart,
  evidenceUploadStarted,
} from './contract/evidence'
import { changeOfCircumstances, changeReceived } from './contract/changes'
import { directDebitMandate, directDebitStatus, newDirectDebit } from './contract/direct-debit'
import { householdChange, householdChangeReceived, rentAccount, tenancy } from './contract/housing'
import { parkingPermitList } from './contract/parking-permits'
import { penaltyChargeList } from './contract/penalty-charges'
import { newVisitorPermit, visitorPermitAndBalance, visitorPermits } from './contract/visitor-permits'
import {
  amountsOwed,
  newPayment,
  owedLookup,
  payment,
  paymentLink,
  paymentLinkRequest,
  paymentLinkSent,
  paymentList,
  receiptSent,
} from './contract/payments'
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

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
export type Access = 'anyone' | 'signed-in' | 'resident' | 'tenant' | 'staff'

export interface Endpoint<
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Response extends z.ZodType = z.ZodType,
  Who extends Access = Access,
> {
  method: Method
  /** OpenAPI-style path below the gateway's base URL, with `{name}` for path parameters. */
  path: string
  summary: string
  tag: string
  body: Body
  response: Response
  /**
   * Who may make the call. Anyone else gets 401 when not signed in, or 403 when signed in as
   * someone it is not for: 'resident' leaves out contact-centre staff, 'tenant' is a resident
   * with a council tenancy.
   */
  access: Who
  /** What a 409 carries, when it says more than plain problem details. */
  conflict?: { description: string; schema: z.ZodType }
  /**
   * Safe to send again after a timeout or a lost response. Reads are, and so is a DELETE; a POST
   * is only because it carries an Idempotency-Key. PATCH is not, so it is never retried.
   */
  retry: boolean
}

function endpoint<Body extends z.ZodType | undefined, Response extends z.ZodType, Who extends Access>(
  definition: Omit<Endpoint<Body, Response, Who>, 'retry'>,
): Endpoint<Body, Response, Who> {
  return { ...definition, retry: definition.method !== 'PATCH' }
}

const tooLateConflict = {
  description:
    'Too late to change it online (type urn:my-account:problem:too-late-to-change), or the new slot has no place left (slot-taken, with `alternatives`)',
  schema: problemDetails,
}

const slotTakenConflict = {
  description: 'No place is left for the person in that slot; `alternatives` has the nearest free slots',
  schema: slotTaken,
}

/** Every call the app makes to the council's gateway. The client, the reference gateway and the OpenAPI document all read this table. */
export const endpoints = {
  getSession: endpoint({
    method: 'GET',
    path: '/session',
    summary: 'Who is signed in, with the CSRF token for writes',
    tag: 'Session',
    body: undefined,
    response: session,
    access: 'anyone',
  }),
  signOut: endpoint({
    method: 'POST',
    path: '/auth/sign-out',
    summary: 'End the session and clear the session cookie',
    tag: 'Session',
    body: z.object({}),
    response: z.object({ signedOut: z.literal(true) }),
    access: 'anyone',
  }),
  getProfile: endpoint({
    method: 'GET',
    path: '/me/profile',
    summary: 'Contact details, preferred language and alerts',
    tag: 'Account',
    body: undefined,
    response: profile,
    access: 'signed-in',
  }),
  changeProfile: endpoint({
    method: 'PATCH',
    path: '/me/profile',
    summary: 'Change contact details, preferred language or alerts',
    tag: 'Account',
    body: profileChange,
    response: profile,
    access: 'signed-in',
  }),
  getAccountSummary: endpoint({
    method: 'GET',
    path: '/me/summary',
    summary: 'What needs doing in each service',
    tag: 'Account',
    body: undefined,
    response: accountSummary,
    access: 'signed-in',
  }),
  sendFeedback: endpoint({
    method: 'POST',
    path: '/feedback',
    summary: 'Feedback on the online service',
    tag: 'Account',
    body: feedback,
    response: received,
    access: 'anyone',
  }),
  findAddresses: endpoint({
    method: 'POST',
    path: '/addresses/lookup',
    summary: 'Addresses at a postcode, from the gazetteer (POST keeps the postcode out of URLs and logs)',
    tag: 'Addresses',
    body: addressLookup,
    response: addressList,
    access: 'anyone',
  }),
  listServices: endpoint({
    method: 'GET',
    path: '/services',
    summary: 'The catalogue of problems that can be reported',
    tag: 'Service requests',
    body: undefined,
    response: serviceList,
    access: 'anyone',
  }),
  getServiceDefinition: endpoint({
    method: 'GET',
    path: '/services/{serviceCode}',
    summary: "A service's questions",
    tag: 'Service requests',
    body: undefined,
    response: serviceDefinition,
    access: 'anyone',
  }),
  findNearbyRequests: endpoint({
    method: 'POST',
    path: '/requests/nearby',
    summary: 'Open reports of the same service near a place (POST keeps the place out of URLs)',
    tag: 'Service requests',
    body: nearbySearch,
    response: nearbyRequestList,
    access: 'anyone',
  }),
  uploadPhoto: endpoint({
    method: 'POST',
    path: '/photos',
    summary: 'A photo for a report or comment, already resized on the device',
    tag: 'Service requests',
    body: photoUpload,
    response: photoUploaded,
    access: 'resident',
  }),
  startEvidenceUpload: endpoint({
    method: 'POST',
    path: '/evidence/uploads',
    summary: 'Start sending a document (a PDF, or a photo already resized on the device) in parts',
    tag: 'Evidence',
    body: evidenceUploadStart,
    response: evidenceUploadStarted,
    access: 'resident',
  }),
  sendEvidencePart: endpoint({
    method: 'POST',
    path: '/evidence/uploads/{uploadId}/parts/{part}',
    summary: 'One part of a document, numbered from 1; the same part again replaces it',
    tag: 'Evidence',
    body: evidencePart,
    response: evidencePartReceived,
    access: 'resident',
  }),
  finishEvidenceUpload: endpoint({
    method: 'POST',
    path: '/evidence/uploads/{uploadId}/finish',
    summary: 'Every part has been sent: the gateway checks the type by its bytes and the size, and keeps the document',
    tag: 'Evidence',
    body: z.object({}),
    response: evidenceDocument,
    access: 'resident',
  }),
  sendEvidence: endpoint({
    method: 'POST',
    path: '/evidence',
    summary: 'Send documents already uploaded to the council, saying what they are for',
    tag: 'Evidence',
    body: evidenceSubmission,
    response: evidenceReceived,
    access: 'resident',
  }),
  listMyEvidence: endpoint({
    method: 'GET',
    path: '/me/evidence',
    summary: 'The documents the council has received from the person',
    tag: 'Evidence',
    body: undefined,
    response: evidenceList,
    access: 'resident',
  }),
  reportProblem: endpoint({
    method: 'POST',
    path: '/requests',
    summary: 'Report a problem',
    tag: 'Service requests',
    body: newServiceRequest,
    response: serviceRequestCreated,
    access: 'resident',
  }),
  getMyRequest: endpoint({
    method: 'GET',
    path: '/me/requests/{reference}',
    summary: 'One report, with its timeline and comments',
    tag: 'Service requests',
    body: undefined,
    response: serviceRequest,
    access: 'resident',
  }),
  commentOnRequest: endpoint({
    method: 'POST',
    path: '/me/requests/{reference}/comments',
    summary: 'Add a comment or photo to a report',
    tag: 'Service requests',
    body: newComment,
    response: serviceRequest,
    access: 'resident',
  }),
  reopenRequest: endpoint({
    method: 'POST',
    path: '/me/requests/{reference}/reopen',
    summary: 'Reopen a report closed as not fixed, within 28 days',
    tag: 'Service requests',
    body: reopenRequest,
    response: serviceRequest,
    access: 'resident',
  }),
  followRequest: endpoint({
    method: 'POST',
    path: '/requests/{reference}/follow',
    summary: "Follow someone else's report instead of making a new one",
    tag: 'Service requests',
    body: z.object({}),
    response: serviceRequest,
    access: 'resident',
  }),
  listMyRequests: endpoint({
    method: 'GET',
    path: '/me/requests',
    summary: 'Reports made or followed by the person',
    tag: 'Service requests',
    body: undefined,
    response: serviceRequestList,
    access: 'resident',
  }),
  listMyBookings: endpoint({
    method: 'GET',
    path: '/me/bookings',
    summary: "The person's bookings",
    tag: 'Bookings',
    body: undefined,
    response: bookingList,
    access: 'resident',
  }),
  getBooking: endpoint({
    method: 'GET',
    path: '/me/bookings/{reference}',
    summary: "One of the person's bookings. Another person's answers 404",
    tag: 'Bookings',
    body: undefined,
    response: booking,
    access: 'resident',
  }),
  getBookingOptions: endpoint({
    method: 'GET',
    path: '/bookings/options',
    summary: 'What can be booked: the bulky items and their prices, the places for face-to-face appointments, and what they can be about',
    tag: 'Bookings',
    body: undefined,
    response: bookingOptions,
    access: 'resident',
  }),
  listSlots: endpoint({
    method: 'GET',
    path: '/bookings/slots/{kind}',
    summary: 'Slots for a kind of visit to the home (bulky waste, a housing repair), earliest first',
    tag: 'Bookings',
    body: undefined,
    response: slotList,
    access: 'resident',
  }),
  listPlaceSlots: endpoint({
    method: 'GET',
    path: '/bookings/places/{placeId}/slots',
    summary: 'Slots for face-to-face appointments at one place, earliest first',
    tag: 'Bookings',
    body: undefined,
    response: slotList,
    access: 'resident',
  }),
  moveBooking: endpoint({
    method: 'POST',
    path: '/me/bookings/{reference}/move',
    summary: 'Move a booking to another slot of the same kind, before its cut-off. The old slot is let go only once the new one is taken',
    tag: 'Bookings',
    body: bookingMove,
    response: booking,
    access: 'resident',
    conflict: tooLateConflict,
  }),
  cancelBooking: endpoint({
    method: 'POST',
    path: '/me/bookings/{reference}/cancel',
    summary: 'Cancel a booking before its cut-off, or let go of a bulky-waste collection not yet paid for. A paid fee is refunded',
    tag: 'Bookings',
    body: z.object({}),
    response: booking,
    access: 'resident',
    conflict: tooLateConflict,
  }),
  changeReminder: endpoint({
    method: 'POST',
    path: '/me/bookings/{reference}/reminder',
    summary: 'Be reminded the day before, or not',
    tag: 'Bookings',
    body: reminderChange,
    response: booking,
    access: 'resident',
  }),
  listMyMessages: endpoint({
    method: 'GET',
    path: '/me/messages',
    summary: 'What the council has sent the person by email and text, newest first',
    tag: 'Account',
    body: undefined,
    response: messageList,
    access: 'signed-in',
  }),
  bookAppointment: endpoint({
    method: 'POST',
    path: '/me/bookings',
    summary: 'Book a free slot, for example the visit a housing repair needs, or the slot the person holds',
    tag: 'Bookings',
    body: newBooking,
    response: booking,
    access: 'resident',
    conflict: slotTakenConflict,
  }),
  holdSlot: endpoint({
    method: 'POST',
    path: '/me/bookings/holds',
    summary: 'Keep a slot for the person for a few minutes while they check their answers',
    tag: 'Bookings',
    body: slotHoldRequest,
    response: slotHold,
    access: 'resident',
    conflict: slotTakenConflict,
  }),
  releaseHold: endpoint({
    method: 'DELETE',
    path: '/me/bookings/holds/{holdId}',
    summary: "Let a held slot go; letting go of one already let go or run out changes nothing. Another person's hold answers 404",
    tag: 'Bookings',
    body: z.object({}),
    response: slotHoldReleased,
    access: 'resident',
    conflict: { description: 'The hold has already become a booking', schema: problemDetails },
  }),
  listAmountsOwed: endpoint({
    method: 'GET',
    path: '/me/owed',
    summary: 'Everything the person owes, across services',
    tag: 'Payments',
    body: undefined,
    response: amountsOwed,
    access: 'resident',
  }),
  startPayment: endpoint({
    method: 'POST',
    path: '/payments',
    summary: 'Create a payment (GOV.UK Pay pattern) and get the hosted card page at nextUrl',
    tag: 'Payments',
    body: newPayment,
    response: payment,
    access: 'resident',
  }),
  getPayment: endpoint({
    method: 'GET',
    path: '/payments/{paymentId}',
    summary: "A payment's state: the only thing the app trusts on return from the card page",
    tag: 'Payments',
    body: undefined,
    response: payment,
    access: 'resident',
  }),
  emailReceipt: endpoint({
    method: 'POST',
    path: '/payments/{paymentId}/email-receipt',
    summary: 'Email the receipt for a successful payment to the person',
    tag: 'Payments',
    body: z.object({}),
    response: receiptSent,
    access: 'resident',
  }),
  findOwedForCaller: endpoint({
    method: 'POST',
    path: '/staff/owed-lookup',
    summary: 'Contact-centre staff find what a caller owes by its reference (POST keeps it out of URLs)',
    tag: 'Contact centre',
    body: z.object({ reference: z.string().min(1).max(40) }),
    response: owedLookup,
    access: 'staff',
  }),
  sendPaymentLink: endpoint({
    method: 'POST',
    path: '/staff/payment-links',
    summary: 'Send the caller a secure link to pay one exact item, by text or email',
    tag: 'Contact centre',
    body: paymentLinkRequest,
    response: paymentLinkSent,
    access: 'staff',
  }),
  getPaymentLink: endpoint({
    method: 'GET',
    path: '/payment-links/{token}',
    summary: 'What a payment link pays',
    tag: 'Payments',
    body: undefined,
    response: paymentLink,
    access: 'anyone',
  }),
  startLinkPayment: endpoint({
    method: 'POST',
    path: '/payment-links/{token}/payments',
    summary: 'Create a payment from a payment link',
    tag: 'Payments',
    body: z.object({ amount: z.int().min(1) }),
    response: payment,
    access: 'anyone',
  }),
  getLinkPayment: endpoint({
    method: 'GET',
    path: '/payment-links/{token}/payments/{paymentId}',
    summary: "A payment link payment's state",
    tag: 'Payments',
    body: undefined,
    response: payment,
    access: 'anyone',
  }),
  listMyPayments: endpoint({
    method: 'GET',
    path: '/me/payments',
    summary: 'Payment history',
    tag: 'Payments',
    body: undefined,
    response: paymentList,
    access: 'resident',
  }),
  getTenancy: endpoint({
    method: 'GET',
    path: '/me/housing/tenancy',
    summary: "The tenant's tenancy",
    tag: 'Housing',
    body: undefined,
    response: tenancy,
    access: 'tenant',
  }),
  getRentAccount: endpoint({
    method: 'GET',
    path: '/me/housing/rent-account',
    summary: 'Rent balance and statement',
    tag: 'Housing',
    body: undefined,
    response: rentAccount,
    access: 'tenant',
  }),
  getRentDirectDebit: endpoint({
    method: 'GET',
    path: '/me/housing/direct-debit',
    summary: 'The Direct Debit paying the rent, if there is one',
    tag: 'Housing',
    body: undefined,
    response: directDebitStatus,
    access: 'tenant',
  }),
  setUpRentDirectDebit: endpoint({
    method: 'POST',
    path: '/me/housing/direct-debit',
    summary:
      "Set up a Direct Debit for the rent. The sort code and account number are checked by the banks' modulus rules (422 accountNumber.modulus); one already active is replaced",
    tag: 'Housing',
    body: newDirectDebit,
    response: directDebitMandate,
    access: 'tenant',
  }),
  cancelRentDirectDebit: endpoint({
    method: 'POST',
    path: '/me/housing/direct-debit/{reference}/cancel',
    summary: 'Cancel the Direct Debit paying the rent',
    tag: 'Housing',
    body: z.object({}),
    response: directDebitMandate,
    access: 'tenant',
  }),
  tellUsOfHouseholdChange: endpoint({
    method: 'POST',
    path: '/me/housing/household-changes',
    summary: 'Tell the council once that someone has moved in or out: housing, council tax and benefits each hear of it',
    tag: 'Housing',
    body: householdChange,
    response: householdChangeReceived,
    access: 'tenant',
  }),
  tellUsOfAChange: endpoint({
    method: 'POST',
    path: '/me/changes-of-circumstances',
    summary: 'Tell the council once of a change of circumstances: it reaches every service the change affects',
    tag: 'Council tax and benefits',
    body: changeOfCircumstances,
    response: changeReceived,
    access: 'resident',
  }),
  getCouncilTaxAccount: endpoint({
    method: 'GET',
    path: '/me/council-tax',
    summary: 'Council tax account and instalments',
    tag: 'Council tax and benefits',
    body: undefined,
    response: councilTaxAccount,
    access: 'resident',
  }),
  applyForSinglePersonDiscount: endpoint({
    method: 'POST',
    path: '/me/council-tax/single-person-discount',
    summary:
      'Apply for single person discount (25% off) from the day the person started living alone, up to 6 years back (422 livingAloneSince.future or livingAloneSince.tooLongAgo). Refused (422) when the discount is already given or an application is waiting',
    tag: 'Council tax and benefits',
    body: singlePersonDiscountClaim,
    response: singlePersonDiscountApplication,
    access: 'resident',
  }),
  getCouncilTaxDirectDebit: endpoint({
    method: 'GET',
    path: '/me/council-tax/direct-debit',
    summary: 'The Direct Debit paying council tax, if there is one',
    tag: 'Council tax and benefits',
    body: undefined,
    response: directDebitStatus,
    access: 'resident',
  }),
  setUpCouncilTaxDirectDebit: endpoint({
    method: 'POST',
    path: '/me/council-tax/direct-debit',
    summary:
      "Set up a Direct Debit for council tax instalments. The sort code and account number are checked by the banks' modulus rules (422 accountNumber.modulus); one already active is replaced",
    tag: 'Council tax and benefits',
    body: newDirectDebit,
    response: directDebitMandate,
    access: 'resident',
  }),
  cancelCouncilTaxDirectDebit: endpoint({
    method: 'POST',
    path: '/me/council-tax/direct-debit/{reference}/cancel',
    summary: 'Cancel the Direct Debit paying council tax',
    tag: 'Council tax and benefits',
    body: z.object({}),
    response: directDebitMandate,
    access: 'resident',
  }),
  listBenefitClaims: endpoint({
    method: 'GET',
    path: '/me/benefits/claims',
    summary: 'Housing Benefit and Council Tax Reduction claims',
    tag: 'Council tax and benefits',
    body: undefined,
    response: benefitClaimList,
    access: 'resident',
  }),
  getBenefitClaim: endpoint({
    method: 'GET',
    path: '/me/benefits/claims/{reference}',
    summary:
      "One of the person's benefit claims: its award and how it is worked out, the payments to come and what happened when. Another person's answers 404",
    tag: 'Council tax and benefits',
    body: undefined,
    response: benefitClaim,
    access: 'resident',
  }),
  listMyLetters: endpoint({
    method: 'GET',
    path: '/me/letters',
    summary: 'The council tax and benefits letters sent to the person, newest first',
    tag: 'Council tax and benefits',
    body: undefined,
    response: letterList,
    access: 'resident',
  }),
  getLetter: endpoint({
    method: 'GET',
    path: '/me/letters/{id}',
    summary:
      "One letter, its body in parts the app shows as HTML: headings, paragraphs and tables of amounts. Another person's answers 404",
    tag: 'Council tax and benefits',
    body: undefined,
    response: letter,
    access: 'resident',
  }),
  listParkingPermits: endpoint({
    method: 'GET',
    path: '/me/parking/permits',
    summary: 'Resident and visitor permits',
    tag: 'Parking',
    body: undefined,
    response: parkingPermitList,
    access: 'resident',
  }),
  getVisitorPermits: endpoint({
    method: 'GET',
    path: '/me/parking/visitor-permits',
    summary:
      "The household's visitor allowance (hours or days, what is left and when it renews, the zone's controlled hours) and its visitor permits. A home in no parking zone has no allowance (null) and no permits",
    tag: 'Parking',
    body: undefined,
    response: visitorPermits,
    access: 'resident',
  }),
  bookVisitorPermit: endpoint({
    method: 'POST',
    path: '/me/parking/visitor-permits',
    summary:
      'Book a visitor permit for a registration, from a start time for so many hours, or for the rest of the day (hours null). Refused (422) outside the controlled hours or beyond what is left; a start time already passed when it arrives is refused with problem type urn:my-account:problem:visitor-permit-start-passed, and nothing is taken',
    tag: 'Parking',
    body: newVisitorPermit,
    response: visitorPermitAndBalance,
    access: 'resident',
  }),
  cancelVisitorPermit: endpoint({
    method: 'POST',
    path: '/me/parking/visitor-permits/{reference}/cancel',
    summary:
      "Cancel a visitor permit that has not started: what it used goes back to the allowance. One that has started or ended is refused (409, problem type urn:my-account:problem:visitor-permit-started); another person's answers 404",
    tag: 'Parking',
    body: z.object({}),
    response: visitorPermitAndBalance,
    access: 'resident',
  }),
  listPenaltyCharges: endpoint({
    method: 'GET',
    path: '/me/parking/penalty-charges',
    summary: 'Penalty charge notices',
    tag: 'Parking',
    body: undefined,
    response: penaltyChargeList,
    access: 'resident',
  }),
} as const

export type Endpoints = typeof endpoints
export type EndpointName = keyof Endpoints
export type ResponseOf<Name extends EndpointName> = z.infer<Endpoints[Name]['response']>
export type BodyOf<Name extends EndpointName> = Endpoints[Name]['body'] extends z.ZodType ? z.input<Endpoints[Name]['body']> : never

export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')
}
