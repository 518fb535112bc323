import { getRequestUser, type TCurrentUser } from '../auth/session-user'
import { env } from '../env'
import { errorResponse, readJsonBody, unauthorized } from './handout-responses'
import { crossSiteRefused, isCrossSiteRequest } from './same-origin'

/**
 * The checks every handout POST makes before its own work, in order: same site, signed in, a
 * JSON body within the limit; then `handle`, whose domain errors become their status.
 */
export async function signedInJsonPost(request: Request, handle: (user: TCurrentUser, body: unknown) => Promise<Response>): Promise<Response> {
  try {
    if (isCrossSiteRequest(request, env.NEXTAUTH_URL)) return crossSiteRefused()
    const user = await getRequestUser(request)
    if (!user) return unauthorized()
    const read = await readJsonBody(request)
    if ('response' in read) return read.response
    return await handle(user, read.body)
  } catch (error) {
    return errorResponse(error)
  }
}
