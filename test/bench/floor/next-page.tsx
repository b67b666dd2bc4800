import { useTranslation } from 'react-i18next'

export function NextPage() {
  const { t } = useTranslation()
  return <p>{t('next')}</p>
}
