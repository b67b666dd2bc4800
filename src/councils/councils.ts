import type { Council } from './council'
import { glanmor } from './glanmor'
import { southmere } from './southmere'

export const councils: Record<string, Council> = { southmere, glanmor }

export function councilById(id: string): Council {
  const council = councils[id]
  if (!council) throw new Error(`No council is configured with the id "${id}". Configured: ${Object.keys(councils).join(', ')}`)
  return council
}
