// PLACEHOLDER: replaced by the page itself before this lands
export function HouseholdChangeJourney() {
  return null
}
export function HouseholdChangeQuestionsPage() {
  return null
}
export function HouseholdChangeCheckPage() {
  return null
}
