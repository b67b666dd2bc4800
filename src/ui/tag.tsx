import type { ReactNode } from 'react'

/** GOV.UK Frontend 6 has no `govuk-tag--blue`: a tag with no colour modifier is blue. */
export type TagColour = 'blue' | 'grey' | 'green' | 'teal' | 'purple' | 'magenta' | 'red' | 'orange' | 'yellow'

export function Tag({ colour = 'blue', children }: { colour?: TagColour; children: ReactNode }) {
  return <strong className={colour === 'blue' ? 'govuk-tag' : `govuk-tag govuk-tag--${colour}`}>{children}</strong>
}
