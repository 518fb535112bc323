import { topicLibrary } from '../lib/content/load-topic'
import { topicChoices } from '../lib/content/topic-choices'
import type { THandoutRequestInput } from '../lib/handout/request'

const CAUSES_PER_HANDOUT = 3

/**
 * Every topic's every group, in each language it has and both print sizes, with its causes
 * three at a time, every optional part in every other handout, and teach-back in the rest: what
 * a clinic's varied day asks of the caches and the memory, where the standard corpus repeats
 * six handouts. Each names a patient, so none is served from the PDF cache.
 */
export function libraryRequests(): THandoutRequestInput[] {
  return topicChoices().flatMap((topic) => {
    const { causes: declared } = topicLibrary().load(topic.id)
    // Only causes that can be chosen for the group: pregnancy is refused for a senior.
    const causeSetsFor = (group: string) => {
      const causes = declared.filter((cause) => !cause.notGroups.includes(group))
      return Array.from({ length: Math.ceil(causes.length / CAUSES_PER_HANDOUT) }, (_, index) => causes.slice(index * CAUSES_PER_HANDOUT, (index + 1) * CAUSES_PER_HANDOUT).map((cause) => cause.id))
    }
    const extras = topic.extras.map((extra) => extra.id)
    const languages = topic.hasSpanish ? (['en', 'es', 'bilingual'] as const) : (['en'] as const)
    return topic.groups.flatMap((group) =>
      languages.flatMap((language) =>
        [false, true].flatMap((largePrint) =>
          causeSetsFor(group.id).map((causes, index) => {
            // Alternates with the print size too, so a topic with a single set of causes still asks for both.
            const withExtras = (index + Number(largePrint)) % 2 === 1
            return {
              topic: topic.id,
              group: group.id,
              causes,
              options: { language, largePrint, teachBack: !withExtras, extras: withExtras ? extras : [] },
              personal: { patientFirstName: 'Soak' },
            }
          }),
        ),
      ),
    )
  })
}
