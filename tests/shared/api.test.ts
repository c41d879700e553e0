import { describe, expect, it } from 'vitest';
import { ApiError, isChannel, parseRequest } from '../../shared/api';

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
});
