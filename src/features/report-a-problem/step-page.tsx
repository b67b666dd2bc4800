import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { BackLink } from '#src/ui/back-link'
import { ErrorSummary, type FieldError } from '#src/ui/error-summary'
import { Page } from '#src/ui/page'
import { stepPaths } from './report-draft'
import { ButtonLink } from '#src/ui/button'

/** The frame of every step: back link, error summary, caption and heading. */
export function StepPage({
  title,
  back,
  errors = [],
  children,
  caption = true,
}: {
  title: string
  back: string
  errors?: FieldError[]
  children: ReactNode
  caption?: boolean
}) {
  const { t } = useTranslation('report')
  return (
    <Page title={title}>
      <BackLink to={back}>{t('back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          {caption ? <span className="govuk-caption-l">{t('caption')}</span> : null}
          <h1 className="govuk-heading-l">{title}</h1>
          {children}
        </div>
      </div>
    </Page>
  )
}

/**
 * A step opened with no report under way, from a bookmark, a fresh tab or after the report was sent: there is
 * nothing for the step to work on, so the person is told plainly and sent to the start.
 */
export function NoReportStarted({ title, explanation }: { title: string; explanation?: string }) {
  const { t } = useTranslation('report')
  return (
    <StepPage title={title} back={stepPaths.service} caption={false}>
      <p className="govuk-body">{explanation ?? t('noReport.explanation')}</p>
      <ButtonLink to={stepPaths.service}>{t('noReport.start')}</ButtonLink>
    </StepPage>
  )
}
