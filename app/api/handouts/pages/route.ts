import { postHandoutPages } from '@/lib/http/post-handout-pages'

// The builder's live page count: the real PDF's pages, as the download would have them.
export const POST = postHandoutPages
