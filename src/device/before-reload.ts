const savers = new Set<() => void>()

/** Forms in progress register here, to put what was typed somewhere safe before the app reloads itself. */
export function keepBeforeReload(save: () => void): () => void {
  savers.add(save)
  return () => {
    savers.delete(save)
  }
}

export function saveEverythingBeforeReload() {
  for (const save of savers) save()
}
