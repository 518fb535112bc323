import { withAuth } from 'next-auth/middleware'
import { authSecret } from './lib/env'

// Redirects signed-out visitors early. Never the only guard: every layout, action and
// route handler checks the user itself. @see ../shared/style.md
export default withAuth({ secret: authSecret, pages: { signIn: '/sign-in' } })

export const config = {
  matcher: ['/handouts/:path*', '/library/:path*', '/templates/:path*', '/admin/:path*', '/account/:path*', '/history/:path*'],
}
