import { postHandoutPdf } from '@/lib/http/post-handout-pdf'

export const POST = postHandoutPdf
