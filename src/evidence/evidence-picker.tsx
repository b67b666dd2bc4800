import type { EvidenceFile } from './evidence-file'

export interface EvidencePickerProps {
  /** The field's id, for the error summary's link. */
  id: string
  files: EvidenceFile[]
  onChange: (files: EvidenceFile[]) => void
}

/** PLACEHOLDER, replaced by the evidence work: choosing documents, each checked on the device. */
export function EvidencePicker(_props: EvidencePickerProps) {
  return null
}
