// PLACEHOLDER: replaced by the page itself before this lands
export function SetUpDirectDebitJourney() {
  return null
}
export function BankDetailsPage() {
  return null
}
export function CheckDirectDebitPage() {
  return null
}
