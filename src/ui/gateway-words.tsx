import { createElement } from 'react'
import { useTranslation } from 'react-i18next'
import { gatewayWordsLanguage } from '#src/gateway/contract/common'
import { factsOf } from '#src/i18n/languages'

/**
 * Words the gateway gives as the council's systems hold them (in English), marked as English on a page in
 * another language so screen readers say them right (WCAG 3.1.2). Its own `dir` keeps them in their own
 * direction on a right-to-left page. Inline by default, so it fits in headings, labels, hints and cells;
 * `as="p"` or `as="div"` for a block of text.
 */
export function GatewayWords({ children, as = 'span', className }: { children: string; as?: 'span' | 'p' | 'div'; className?: string }) {
  const { i18n } = useTranslation()
  const sameLanguage = i18n.language === gatewayWordsLanguage
  if (sameLanguage && as === 'span' && !className) return children
  const { htmlLang, direction } = factsOf(gatewayWordsLanguage)
  return createElement(as, sameLanguage ? { className } : { className, lang: htmlLang, dir: direction }, children)
}
