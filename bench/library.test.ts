import { describe, expect, it } from 'vitest'
import { libraryRequests } from './library'
import { topicChoices } from '@/lib/content/topic-choices'
import { topicLibrary } from '@/lib/content/load-topic'
import { parseHandoutRequest } from '@/lib/handout/request'

describe("bench:load's whole-library mix (LOAD_MIX=library)", () => {
  const requests = libraryRequests()

  it('asks only for valid handouts, each naming a patient so that none comes from the PDF cache', () => {
    for (const request of requests) {
      expect(() => parseHandoutRequest(request, topicLibrary()), JSON.stringify(request)).not.toThrow()
      expect(request.personal?.patientFirstName).toBeTruthy()
    }
  })

  it("covers every topic's groups, causes and optional parts, in each language and both print sizes", () => {
    for (const topic of topicChoices()) {
      const own = requests.filter((request) => request.topic === topic.id)
      expect(new Set(own.map((request) => request.group))).toEqual(new Set(topic.groups.map((group) => group.id)))
      expect(new Set(own.flatMap((request) => request.causes))).toEqual(new Set(topic.causes.map((cause) => cause.id)))
      expect(new Set(own.flatMap((request) => request.options?.extras ?? []))).toEqual(new Set(topic.extras.map((extra) => extra.id)))
      expect(new Set(own.map((request) => request.options?.language))).toEqual(new Set(topic.hasSpanish ? ['en', 'es', 'bilingual'] : ['en']))
      expect(new Set(own.map((request) => request.options?.largePrint))).toEqual(new Set([false, true]))
    }
  })
})
