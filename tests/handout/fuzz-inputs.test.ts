import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ZCredentials } from '@/lib/auth/verify-credentials'
import { topicLibrary } from '@/lib/content/load-topic'
import { ZNewClinician } from '@/lib/data/clinic-users'
import { ZClinicDetails } from '@/lib/data/update-clinic'
import { AppError } from '@/lib/errors'
import { parseHandoutRequest } from '@/lib/handout/request'
import { parseTemplateInput } from '@/lib/handout/template-input'
import { decodeWebId } from '@/lib/handout/web-link'

const topics = topicLibrary()

/** Payloads a careless or hostile client might send: wrong types, huge or odd strings, path tricks, extra fields. */
const oddString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('../../etc/passwd', '..\\..\\windows', '%2e%2e%2f', '\u0000', '\u202e', '🦵', 'senior\u0000', ' senior ', 'SENIOR', '__proto__', 'constructor', 'x'.repeat(100_000)),
)
const oddValue = fc.oneof(oddString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(oddString, { maxLength: 5 }))
const almostRequest = fc.record(
  {
    topic: fc.oneof(fc.constant('leg-cramps'), oddValue),
    group: fc.oneof(fc.constantFrom('senior', 'athlete'), oddValue),
    causes: fc.oneof(fc.array(fc.oneof(fc.constantFrom('dehydration', 'medications'), oddString), { maxLength: 20 }), oddValue),
    options: fc.oneof(fc.record({ largePrint: oddValue, language: fc.oneof(fc.constantFrom('en', 'es', 'fr'), oddValue), extras: oddValue }, { requiredKeys: [] }), oddValue),
    personal: fc.oneof(fc.record({ patientFirstName: oddValue, note: oddValue, followUpDate: oddValue, clinicPhone: oddValue }, { requiredKeys: [] }), oddValue),
    extra: oddValue,
  },
  { requiredKeys: [] },
)
const anyPayload = fc.oneof(fc.anything(), almostRequest)

/** Either a clean result or a field error: never a crash. */
function expectFieldErrorOrSuccess(run: () => unknown) {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('invalid_input')
    expect((error as AppError).problems.length).toBeGreaterThan(0)
    for (const problem of (error as AppError).problems) expect(problem.field.length).toBeGreaterThan(0)
  }
}

describe('malformed input never crashes validation (property tests)', () => {
  it('handout requests', () => {
    fc.assert(fc.property(anyPayload, (payload) => expectFieldErrorOrSuccess(() => parseHandoutRequest(payload, topics))), { numRuns: 400 })
  })

  it('templates', () => {
    fc.assert(
      fc.property(fc.oneof(anyPayload, fc.record({ name: oddValue, isShared: oddValue, followUpDays: oddValue, defaultNote: oddValue }, { requiredKeys: [] })), (payload) =>
        expectFieldErrorOrSuccess(() => parseTemplateInput(payload, topics)),
      ),
      { numRuns: 400 },
    )
  })

  it('clinic details, new users and sign-in forms refuse anything but an object, and name a field of the form in every error', () => {
    const fields = ['name', 'phone', 'address', 'emailDomain', 'paper', 'email', 'role', 'password']
    const forms = fc.record(Object.fromEntries(fields.map((field) => [field, oddValue])), { requiredKeys: [] })
    const notAnObject = fc.anything().filter((value) => typeof value !== 'object' || value === null || Array.isArray(value))
    fc.assert(
      fc.property(forms, notAnObject, (form, other) => {
        for (const schema of [ZClinicDetails, ZNewClinician, ZCredentials]) {
          const result = schema.safeParse(form)
          // A form's errors show beside its fields: one about no field would show nowhere.
          if (!result.success) for (const issue of result.error.issues) expect(fields).toContain(issue.path[0])
          else for (const key of Object.keys(result.data)) expect(fields).toContain(key)
          expect(schema.safeParse(other).success).toBe(false)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('web-version ids: anything but a genuine one is refused', () => {
    fc.assert(
      fc.property(fc.oneof(oddString, fc.string({ maxLength: 300 }), fc.constantFrom('%E0%A4%A', 'a~b~c~d~e~f~g', '~~~~~~')), (id) => {
        expect(decodeWebId(id, ['secret-0123456789abcdefghijklmnopqrstu'])).toBeUndefined()
      }),
      { numRuns: 400 },
    )
  })
})
