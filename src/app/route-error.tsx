import { isRouteErrorResponse, useRouteError } from 'react-router'
import { NotFoundPage, ServiceUnavailablePage } from '#src/app/error-pages'

export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  return <ServiceUnavailablePage />
}
