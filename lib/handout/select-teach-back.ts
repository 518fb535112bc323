import type { TTopicManifest } from '../content/schema'

type TQuestion = TTopicManifest['teachBack'][number]

/**
 * Up to four teach-back questions (three on a short handout): the topic's first general question
 * (what to do now), up to two (one) that fit the patient's group and then causes, a general one
 * to fill, and its last general question (when to get help) to close.
 */
export function selectTeachBack(questions: readonly TQuestion[], { group, causes, isShort = false }: { group: string; causes: readonly string[]; isShort?: boolean }): TQuestion[] {
  const isGeneral = (question: TQuestion) => question.appliesTo.groups.length === 0 && question.appliesTo.causes.length === 0
  const general = questions.filter(isGeneral)
  const byGroup = questions.filter((question) => !isGeneral(question) && question.appliesTo.groups.includes(group))
  const byCause = questions.filter((question) => !isGeneral(question) && !byGroup.includes(question) && question.appliesTo.causes.some((cause) => causes.includes(cause)))
  const [opening, ...rest] = general
  const closing = rest.length > 0 ? rest.pop() : undefined
  const most = isShort ? 3 : 4
  const middle = [...byGroup, ...byCause].slice(0, most - 2)
  const body = [...(opening ? [opening] : []), ...middle, ...rest].slice(0, closing ? most - 1 : most)
  return closing ? [...body, closing] : body
}
