import { isRouteErrorResponse, useRouteError } from 'react-router'
import { NotFoundPage, ServiceProblemPage } from '#src/app/problem-pages'

export function RouteProblem() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  return <ServiceProblemPage />
}
