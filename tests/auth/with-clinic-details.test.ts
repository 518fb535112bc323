import { describe, expect, it } from 'vitest'
import { topicLibrary } from '@/lib/content/load-topic'
import { parseHandoutRequest } from '@/lib/handout/request'
import { withClinicDetails } from '@/lib/handout/with-clinic-details'

const SESSION = { clinicianName: 'Dr. Dana Demo', clinicName: 'Demo Family Clinic', clinicPhone: '555-0100' }

describe('printing the signed-in clinician’s details on a handout', () => {
  it('replaces whatever the request says about the clinician and clinic, and keeps the rest', () => {
    const request = {
      group: 'senior',
      causes: ['dehydration'],
      personal: { patientFirstName: 'Ana', clinicianName: 'Dr. Impostor', clinicName: 'Fake Clinic', clinicPhone: '555-6666', note: 'Drink water.' },
    }
    const original = structuredClone(request)

    expect(withClinicDetails(request, SESSION)).toEqual({
      group: 'senior',
      causes: ['dehydration'],
      personal: { patientFirstName: 'Ana', note: 'Drink water.', ...SESSION },
    })
    expect(request).toEqual(original)
  })

  it('adds the details when the request has no personal part', () => {
    expect(withClinicDetails({ group: 'athlete' }, SESSION)).toEqual({ group: 'athlete', personal: SESSION })
  })

  it('gives the handout the session’s details once the request is parsed', () => {
    const input = withClinicDetails({ group: 'senior', personal: { clinicName: 'Fake Clinic' } }, SESSION)
    const { request } = parseHandoutRequest(input, topicLibrary())
    expect(request.personal).toEqual(SESSION)
  })

  it('passes a request that is not an object through untouched, for the schema to reject', () => {
    for (const input of [undefined, null, 'group=senior', 42, true, [{ group: 'senior' }]]) {
      expect(withClinicDetails(input, SESSION)).toBe(input)
    }
  })

  it('passes a request whose personal part is not an object through untouched', () => {
    for (const personal of ['Dr. Impostor', 42, false, null, ['Dr. Impostor']]) {
      const input = { group: 'senior', personal }
      expect(withClinicDetails(input, SESSION)).toBe(input)
    }
  })
})
