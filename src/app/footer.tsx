import { Trans, useTranslation } from 'react-i18next'
import { useCouncil, wordsIn } from '#src/councils/council-context'
import { ContactDetails } from '#src/ui/contact-details'
import { Footer as GovukFooter } from '#src/ui/footer'

export function Footer() {
  const { t, i18n } = useTranslation()
  const councilName = wordsIn(useCouncil().name, i18n.language)
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
      meta={
        <Trans
          t={t}
          i18nKey="footer.runBy"
          values={{ council: councilName.text }}
          components={{ council: <span lang={councilName.lang} dir={councilName.dir} /> }}
        />
      }
    />
  )
}
