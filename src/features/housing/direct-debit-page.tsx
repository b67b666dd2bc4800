// PLACEHOLDER: replaced by the page itself before this lands
export function RentDirectDebitPage() {
  return null
}
