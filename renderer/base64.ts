/**
 * Bytes to and from base64, the JSON-safe form files take between the renderer and the browser
 * host (Electron's IPC carries the bytes themselves). Encoding works in chunks because
 * String.fromCharCode over a whole file overflows the call stack.
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

/** Decodes base64 into bytes; throws a readable error when the text is not base64. */
export function bytesFromBase64(data: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(data);
  } catch {
    throw new Error('The exported file arrived damaged (its contents are not base64). Try the export again.');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** File contents as the shell carries them: bytes over Electron's IPC, base64 in the browser host's JSON. */
export function fileData(bytes: Uint8Array): Uint8Array | string {
  return window.concord ? bytes : bytesToBase64(bytes);
}
