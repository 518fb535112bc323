import { postHandoutPdf } from '@/lib/http/post-handout-pdf'

// The whole handler is plain TypeScript, so the production server can answer this route without Next's pipeline (server.ts).
export const POST = postHandoutPdf
