// @ts-check
// Plain JavaScript: next.config.js imports it as well as the app.

/** The most a JSON route (handout PDFs, page counts, Print now, sign-in) takes: a handout request is about 1 KB. */
export const MAX_JSON_BODY_BYTES = 16 * 1024

/** The most a server action takes: a 1 MB clinic logo plus the form around it; the action checks the logo's own limit. */
export const MAX_ACTION_BODY_BYTES = 2 * 1024 * 1024

/**
 * How much of a page POST's body Next copies for the proxy (and keeps for the page) before it
 * drops the rest: past the action limit by more than a socket's read, so the proxy sees that a
 * body is too long rather than a copy cut short at the limit.
 */
export const MAX_PROXY_BODY_BYTES = MAX_ACTION_BODY_BYTES + 1024 * 1024
