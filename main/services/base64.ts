/** Bytes to and from base64, the JSON-safe form of files on every shell. */

/** Bytes of a base64 payload. */
export function fromBase64(data: string): Uint8Array {
  return new Uint8Array(Buffer.from(data, 'base64'));
}

/** Base64 of bytes, or of a string's UTF-8 bytes. */
export function toBase64(bytes: Uint8Array | string): string {
  return Buffer.from(bytes).toString('base64');
}
