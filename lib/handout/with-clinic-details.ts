export type TClinicDetails = { clinicianName: string; clinicName: string; clinicPhone: string }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The clinician and clinic printed on a handout come from the session, never from the
 * browser: whatever the request says for them is replaced. Anything malformed is passed
 * through untouched for the schema to reject with a field error.
 */
export function withClinicDetails(input: unknown, clinic: TClinicDetails): unknown {
  if (!isPlainObject(input)) return input
  const personal = input.personal === undefined ? {} : input.personal
  if (!isPlainObject(personal)) return input
  return { ...input, personal: { ...personal, ...clinic } }
}
