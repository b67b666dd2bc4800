import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { NotificationBanner } from '#src/ui/notification-banner'
import { onUpdateWaiting, reloadIntoNewVersion, updateIsWaiting } from './service-worker'

export function UpdatePrompt() {
  const { t } = useTranslation()
  const waiting = useSyncExternalStore(
    (listener) => {
      const stop = onUpdateWaiting(listener)
      return () => {
        stop()
      }
    },
    updateIsWaiting,
    () => false,
  )
  if (!waiting) return null
  return (
    <NotificationBanner title={t('update.title')}>
      <p className="govuk-notification-banner__heading">
        {t('update.body')}{' '}
        <button type="button" className="app-button-as-link govuk-notification-banner__link" onClick={reloadIntoNewVersion}>
          {t('update.reload')}
        </button>
      </p>
      <p className="govuk-body">{t('update.nothingLost')}</p>
    </NotificationBanner>
  )
}
