/** Shared by the request schema and the form, which imports no server code. */
export const NOTE_MAX_LENGTH = 600
export const FIRST_NAME_MAX_LENGTH = 40
