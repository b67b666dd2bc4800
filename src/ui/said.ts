import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Something to tell the person, kept as its text's key and values rather than as words. Whatever is kept in
 * state this way is said again in the new language when the person switches, so no error stays in English on a
 * Welsh page.
 */
export interface Said {
  /** With its namespace, such as `report:errors.postcode.missing`, unless it is the page's own namespace. */
  key: string
  /** Values written in words, such as money, are worked out in the language the message is said in. */
  values?: Record<string, unknown> | ((language: string) => Record<string, unknown>)
}

export const said = (key: string, values?: Said['values']): Said => ({ key, values })

/** Reads what was kept in the page's language, as it is now. */
export function useSay(namespace?: string) {
  const { t, i18n } = useTranslation(namespace)
  return (message: Said | null | undefined): string | undefined => {
    if (!message) return undefined
    const { key, values } = message
    return t(key, typeof values === 'function' ? values(i18n.language) : values)
  }
}

/** A form's errors, one for each field at most, kept as what to say and read out in the page's language. */
export function useSaidErrors<Field extends string>(namespace?: string) {
  const say = useSay(namespace)
  const [kept, keep] = useState<Partial<Record<Field, Said>>>({})
  const shown: Partial<Record<Field, string>> = {}
  for (const field of Object.keys(kept) as Field[]) shown[field] = say(kept[field])
  return [shown, keep] as const
}

/** One error, kept as what to say and read out in the page's language. */
export function useSaidError(namespace?: string) {
  const say = useSay(namespace)
  const [kept, keep] = useState<Said | null>(null)
  return [say(kept), keep] as const
}
