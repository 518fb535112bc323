import type { DefaultSession } from 'next-auth'

type TRole = 'clinician' | 'admin'

declare module 'next-auth' {
  interface Session {
    user: DefaultSession['user'] & { id: string; clinicId: string; role: TRole; signedInAt: number }
  }
  interface User {
    clinicId?: string
    role?: TRole
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    userId?: string
    clinicId?: string
    role?: TRole
    /** Milliseconds; sessions from before a password change or disabling are refused. */
    signedInAt?: number
  }
}
