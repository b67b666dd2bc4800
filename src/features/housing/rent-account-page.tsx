// PLACEHOLDER: replaced by the page itself before this lands
export function RentAccountPage() {
  return null
}
