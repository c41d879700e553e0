/**
 * Whether a WebSocket message starts as every Hocuspocus message does: the document's name and
 * the message type, as lib0 writes them. Hocuspocus reads the same two fields first and resets
 * the connection when they cannot be read.
 */
import * as decoding from 'lib0/decoding';

export function readableMessage(data: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    decoding.readVarUint(decoder);
    return true;
  } catch {
    return false;
  }
}
