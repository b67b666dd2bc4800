import { useTranslation } from 'react-i18next'
import {
  HouseholdChangeCheck,
  HouseholdChangeJourneyLayout,
  HouseholdChangeQuestions,
  type HouseholdChangeService,
} from '#src/household-change/household-change-journey'
import { useTellHousingOfChange } from './household-queries'

const paths = { questions: '/housing/household/change', check: '/housing/household/change/check' }

/** Telling us once about a change to who lives in the home, from the housing pages: sent to housing, who pass it on. */
export function HouseholdChangeJourney() {
  const { t } = useTranslation('household')
  const service: HouseholdChangeService = {
    paths,
    from: { path: '/housing/household', name: t('change.backToHousehold') },
    draftName: 'housing-household-change',
    useSendChange: useTellHousingOfChange,
  }
  return <HouseholdChangeJourneyLayout service={service} />
}

export function HouseholdChangeQuestionsPage() {
  return <HouseholdChangeQuestions />
}

export function HouseholdChangeCheckPage() {
  return <HouseholdChangeCheck />
}
