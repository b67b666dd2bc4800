/**
 * White space and the characters that take no room on screen: zero-width space, joiners, word joiner
 * and byte-order mark. A box holding only these looks empty to the person, so it is empty.
 */
const invisibleAtEdges = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g

/** What a person typed, without the blank or invisible characters around it. */
export function meaningfulText(typed: string): string {
  return typed.replace(invisibleAtEdges, '')
}

export function isBlank(typed: string): boolean {
  return meaningfulText(typed) === ''
}
