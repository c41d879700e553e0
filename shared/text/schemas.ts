/** Limits of reading, as the contract states them to every shell. */

/** Largest file the reader accepts. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
