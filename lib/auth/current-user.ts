import { cookies, headers } from 'next/headers'
import { userFromSession, type TUserOptions } from './session-user'

export { CURRENT_USER_CLINIC_FIELDS, type TCurrentUser } from './session-user'

/** The signed-in user of the request Next is rendering (pages, layouts, server actions, routes), or null: see session-user.ts. */
export async function getCurrentUser(options: TUserOptions = {}) {
  return userFromSession({ headers: await headers(), cookies: await cookies() }, options)
}
