import { describe, expect, it } from 'vitest';
import { ownBuffers } from '../../main/services/transfer';

describe('the buffers an answer hands over', () => {
  it('are the whole buffers of its byte arrays, each once, never a shared pool', () => {
    const whole = new Uint8Array(10);
    const pooled = Buffer.from('a small buffer from Node’s shared pool');
    const part = new Uint8Array(new ArrayBuffer(8), 2, 4);
    expect(ownBuffers({ a: whole, list: [{ again: whole }, pooled, part], text: 'x', n: 1, none: null })).toEqual([whole.buffer]);
  });
});
