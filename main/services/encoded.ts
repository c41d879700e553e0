/**
 * An API response that a contained worker validated against its channel's schema and wrote as
 * UTF-8 JSON: the host passes the bytes on (HTTP body, IPC reply) without walking, parsing or
 * re-encoding them. The 18 MB Word file's answer is 74 MB of JSON; made on the host, it held
 * every other request (an autosave among them) for over a second.
 */
export class EncodedJson<T> {
  /** The value's type, for the compiler only: a handler's encoded answer is still checked against its channel. */
  declare readonly valueType: T;

  constructor(readonly bytes: Uint8Array) {}

  /** The value, for callers inside main that need it (the CLI); the shells never decode it. */
  decode(): T {
    return JSON.parse(new TextDecoder().decode(this.bytes)) as T;
  }
}
