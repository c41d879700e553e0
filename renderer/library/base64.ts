/**
 * Bytes to base64, the JSON-safe form files take on their way to the main side. Works in
 * chunks because String.fromCharCode over a whole file overflows the call stack.
 */

// Well under every engine's argument limit for Function.prototype.apply.
const CHUNK = 0x8000;

/** Base64 of the bytes, standard alphabet with padding. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
