// @ts-check
// Plain JavaScript: next.config.js imports it as well as the production server (server.ts).

/** The most a JSON route (handout PDFs, page counts, Print now, sign-in) takes: a handout request is about 1 KB. */
export const MAX_JSON_BODY_BYTES = 16 * 1024

/** The most a server action takes: a 1 MB clinic logo plus the form around it; the action checks the logo's own limit. */
export const MAX_ACTION_BODY_BYTES = 2 * 1024 * 1024
