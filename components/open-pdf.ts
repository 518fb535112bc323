'use client'

/** Download, or hand the PDF to the browser's own viewer, which prints the exact pages the patient gets. */
export function openPdf(kind: 'download' | 'print', url: string, fileName: string) {
  if (kind === 'download') {
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return
  }
  const frame = document.createElement('iframe')
  frame.className = 'print-frame'
  frame.title = 'Handout for printing'
  frame.src = url
  frame.onload = () => frame.contentWindow?.print()
  document.body.append(frame)
  setTimeout(() => {
    frame.remove()
    URL.revokeObjectURL(url)
  }, 10 * 60_000)
}
