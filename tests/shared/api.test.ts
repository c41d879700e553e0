import { describe, expect, it } from 'vitest';
import { ApiError, FilePayload, isChannel } from '../../shared/api';
import { parseRequest } from '../../shared/request';

describe('api contract', () => {
  it('knows its channels and refuses others', () => {
    expect(isChannel('templates.list')).toBe(true);
    expect(isChannel('templates.delete')).toBe(false);
    expect(isChannel('toString')).toBe(false);
  });

  it('explains a bad request in words', () => {
    expect(() => parseRequest('templates.get', { id: 42 })).toThrow(ApiError);
    expect(() => parseRequest('templates.get', {})).toThrow(/Invalid request for templates.get: id/);
  });

  it('takes file contents up to exactly 50 MB once decoded, and says so past it', () => {
    const fifty = Math.ceil((50 * 1024 * 1024) / 3) * 4;
    const file = (data: string | Uint8Array) => FilePayload.safeParse({ name: 'a.txt', data });
    expect(file('A'.repeat(fifty)).success).toBe(true);
    expect(file('A'.repeat(fifty + 4)).error?.issues[0]?.message).toMatch(/larger than 50 MB/);
    expect(file(new Uint8Array(50 * 1024 * 1024)).success).toBe(true);
    expect(file(new Uint8Array(50 * 1024 * 1024 + 1)).error?.issues[0]?.message).toMatch(/larger than 50 MB/);
  });

  it('decodes base64 file contents to the same bytes, and refuses what is not base64', () => {
    const data = (text: string) => FilePayload.safeParse({ name: 'a.bin', data: text });
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    for (const n of [0, 1, 2, 3, 4, 999, 1000]) {
      const encoded = Buffer.from(bytes.subarray(0, n)).toString('base64');
      expect(data(encoded).data?.data).toEqual(bytes.subarray(0, n));
      expect(data(encoded.replace(/=+$/, '')).data?.data).toEqual(bytes.subarray(0, n));
    }
    for (const bad of ['A', 'AB=C', 'A===', 'AB!C', 'ABCé', 'AB C', '=ABC']) {
      expect(data(bad).error?.issues[0]?.message, bad).toBe('The file contents must be base64.');
    }
  });
});
