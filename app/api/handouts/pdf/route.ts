import { getCurrentUser } from '@/lib/auth/current-user'
import { createHandout } from '@/lib/create-handout'
import { getClinicLogo } from '@/lib/data/get-clinic-logo'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { withClinicDetails } from '@/lib/handout/with-clinic-details'

const MAX_BODY_BYTES = 16 * 1024

const badRequest = (field: string, message: string) => Response.json({ errors: [{ field, message }] }, { status: 400 })

/** POST a handout request as JSON; get the PDF back. */
export async function POST(request: Request) {
  const user = await getCurrentUser()
  if (!user) return Response.json({ error: 'Sign in to make handouts.' }, { status: 401 })

  const text = await request.text()
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return badRequest('(body)', `expected at most ${MAX_BODY_BYTES} bytes`)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return badRequest('(body)', 'expected a JSON object')
  }

  try {
    const input = withClinicDetails(body, { clinicianName: user.name, clinicName: user.clinic.name, clinicPhone: user.clinic.phone })
    const { handout, pdf } = await createHandout(input, { logo: await getClinicLogo(db, { clinicId: user.clinicId }) })
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${handout.topicId}-${handout.group.id}-${handout.date}.pdf"`,
        'Content-Length': String(pdf.length),
        'Cache-Control': 'no-store',
      },
    })
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') return Response.json({ errors: error.problems }, { status: 400 })
    throw error
  }
}
