/**
 * Which files Concord reads: the extensions, the reader each one goes to (shared/formats/read.ts
 * holds the readers, keyed by these kinds), and the size limit, as every shell and the UI's
 * file pickers state them. Data only, so the contract and the renderer can read it.
 */

/** The reader a file's extension selects. */
export const READERS = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.docx': 'docx' } as const;
export type ReaderKind = (typeof READERS)[keyof typeof READERS];

/** Every extension Concord reads. */
export const READABLE_EXTENSIONS = Object.keys(READERS);

/** The same, as a file input's `accept` attribute. */
export const READABLE_ACCEPT = READABLE_EXTENSIONS.join(',');

/** What Concord accepts, appended to every refusal so the user knows what to try instead. */
export const ACCEPTED_FORMATS = 'Concord reads .txt, .md, .html and .docx.';

/** Largest file the reader accepts, in every shell, the library included. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** The reader kind for a file name; plain text for an extension Concord does not know. */
export function readerKindOf(name: string): ReaderKind {
  const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  return Object.prototype.hasOwnProperty.call(READERS, ext) ? READERS[ext as keyof typeof READERS] : 'text';
}

/** Whether a file name has an extension Concord reads (folder imports take only those). */
export function isReadable(name: string): boolean {
  const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  return Object.prototype.hasOwnProperty.call(READERS, ext);
}
