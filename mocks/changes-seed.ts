import type { ChangeOfCircumstances, ChangeReceived, ServiceTold } from '#src/gateway/contract/changes'

/** A change of circumstances as the council took it, with what each service it reached was told. */
export type ChangeTold = ChangeOfCircumstances &
  ChangeReceived & {
    toldEach: { service: ServiceTold; told: string }[]
  }

/** Nobody has told the council of a change yet when the demo starts. */
export function seededChangesOfCircumstances(): ChangeTold[] {
  return []
}
