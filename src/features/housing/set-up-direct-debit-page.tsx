import { SetUpDirectDebitJourney as SetUpJourney } from '#src/direct-debit/direct-debit-journey'
import { useRentDirectDebitService } from './direct-debit-page'

export { BankDetailsPage, CheckDirectDebitPage } from '#src/direct-debit/direct-debit-journey'

export function SetUpDirectDebitJourney() {
  return <SetUpJourney service={useRentDirectDebitService()} />
}
