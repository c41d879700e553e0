/**
 * The one error the format readers throw: a file Concord cannot or will not read. Its message is
 * meant for the user as is; `code` lets shells map it (e.g. 'too-large' to an API 'too-large').
 */

/** Why a file was refused. */
export type FormatErrorCode = 'not-a-package' | 'not-a-document' | 'corrupt' | 'too-large' | 'unsafe';

/** A refused file, with a message that says what happened and what to do. */
export class FormatError extends Error {
  constructor(
    readonly code: FormatErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FormatError';
  }
}
