import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { turnKioskModeOn } from '#src/device/device-settings'
import { LinkElsewhere } from './link-elsewhere'
import { PhoneLink } from './phone-link'

describe('a link that leaves the app', () => {
  it('is a link on a phone or a home computer', () => {
    render(<LinkElsewhere href="https://www.citizensadvice.org.uk/debt-and-money/">Citizens Advice</LinkElsewhere>)
    expect(screen.getByRole('link', { name: 'Citizens Advice' })).toHaveAttribute(
      'href',
      'https://www.citizensadvice.org.uk/debt-and-money/',
    )
  })

  it('is plain text on a kiosk, with the website written out so it can be noted down', () => {
    turnKioskModeOn()
    render(
      <>
        <LinkElsewhere href="https://www.citizensadvice.org.uk/debt-and-money/">Citizens Advice</LinkElsewhere>
        <LinkElsewhere href="mailto:housing@council.example">housing@council.example</LinkElsewhere>
        <PhoneLink number="020 7946 0000" />
      </>,
    )
    expect(screen.queryAllByRole('link')).toEqual([])
    expect(screen.getByText('(citizensadvice.org.uk)')).toBeInTheDocument()
    expect(screen.getByText('housing@council.example')).toBeInTheDocument()
    expect(screen.getByText('020 7946 0000')).toHaveClass('app-phone-number')
  })
})
