/** The patient's name and note of every render in flight: what no cache may keep. */
const privateTexts: string[] = []

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Whether a text is, holds or lies inside a patient's name or note being rendered now. */
export function isPrivate(text: string): boolean {
  if (privateTexts.length === 0) return false
  const squeezed = squeeze(text)
  return squeezed !== '' && privateTexts.some((secret) => secret.includes(squeezed) || squeezed.includes(secret))
}

/** Runs `render` with these texts (a patient's name, a note) kept out of every cache. */
export async function withPrivateTexts<T>(texts: (string | undefined)[], render: () => Promise<T>): Promise<T> {
  const kept = texts.map((text) => squeeze(text ?? '')).filter(Boolean)
  privateTexts.push(...kept)
  try {
    return await render()
  } finally {
    for (const text of kept) privateTexts.splice(privateTexts.indexOf(text), 1)
  }
}
