// The few runtime globals shared/ relies on. Node and browsers both provide them; shared/ is
// compiled without DOM or Node types so that nothing else leaks in.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(input: string, destination: Uint8Array): { read: number; written: number };
}
declare function setTimeout(handler: () => void, ms?: number): unknown;
declare const performance: { now(): number };
