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
    /** The session's UserSession row: a request is accepted only while it lives (lib/data/user-sessions.ts). */
    sessionId?: string
    /** Milliseconds: when the session began, from which its absolute lifetime counts. */
    signedInAt?: number
  }
}
