import { describe, expect, it } from 'vitest';
import { ApiError, Base64, isChannel } from '../../shared/api';
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
    expect(Base64.safeParse('A'.repeat(fifty)).success).toBe(true);
    expect(Base64.safeParse('A'.repeat(fifty + 4)).error?.issues[0]?.message).toMatch(/larger than 50 MB/);
  });
});
