import { useTranslation } from 'react-i18next'
import { useCouncilName } from '#src/councils/council-context'
import { ContactDetails } from '#src/ui/contact-details'
import { Footer as GovukFooter } from '#src/ui/footer'

export function Footer() {
  const { t } = useTranslation()
  const councilName = useCouncilName()
  return (
    <GovukFooter
      sections={[
        { title: t('footer.help'), width: 'two-thirds', children: <ContactDetails /> },
        {
          title: t('footer.about'),
          width: 'one-third',
          links: [
            { to: '/help', text: t('footer.helpUsing') },
            { to: '/accessibility', text: t('footer.accessibility') },
            { to: '/privacy', text: t('footer.privacy') },
            { to: '/cookies', text: t('footer.cookies') },
            { to: '/feedback', text: t('footer.feedback') },
          ],
        },
      ]}
      meta={t('footer.runBy', { council: councilName })}
    />
  )
}
