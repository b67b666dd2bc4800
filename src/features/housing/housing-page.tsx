// PLACEHOLDER: replaced by the page itself before this lands
export function HousingPage() {
  return null
}
