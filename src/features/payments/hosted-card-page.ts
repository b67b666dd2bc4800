/** Leaving the app for the payment provider's card page: one place, so tests can watch it. */
export const hostedCardPage = {
  open(url: string) {
    window.location.assign(url)
  },
}
