import 'server-only'
import { cookies } from 'next/headers'
import { userFromSessionCookies, type TUserOptions } from './session-user'

export { CURRENT_USER_CLINIC_FIELDS, type TCurrentUser } from './session-user'

/** The signed-in user of the request Next is rendering (pages, layouts, server actions, routes), or null: see session-user.ts. */
export async function getCurrentUser(options: TUserOptions = {}) {
  return userFromSessionCookies(await cookies(), options)
}
