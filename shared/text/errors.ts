/**
 * The one error the reading pipeline throws: a file Concord cannot read as a declaration. Its
 * message is written for the person who chose the file; its code lets shells map it to an API
 * error without parsing the message.
 */

/** Why a file was refused. */
export type ReadErrorCode = 'empty' | 'too-large' | 'binary' | 'invalid-encoding' | 'no-text';

/** A file refused by the reader, with a message that says what happened and what to do. */
export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}
