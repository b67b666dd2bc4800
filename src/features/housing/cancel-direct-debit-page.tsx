// PLACEHOLDER: replaced by the page itself before this lands
export function CancelDirectDebitPage() {
  return null
}
