import { CancelDirectDebitPage as CancelPage } from '#src/direct-debit/direct-debit-journey'
import { useRentDirectDebitService } from './direct-debit-page'

export function CancelDirectDebitPage() {
  return <CancelPage service={useRentDirectDebitService()} />
}
