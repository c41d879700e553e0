// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readChoice, writeChoice } from '../../renderer/stored-choice';

describe('choices remembered in the browser', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are kept and read back', () => {
    writeChoice('concord.test', 'no');
    expect(readChoice('concord.test')).toBe('no');
  });

  it('fail quietly where storage is refused (a private window)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    expect(() => writeChoice('concord.test', 'yes')).not.toThrow();
    expect(readChoice('concord.test')).toBeNull();
  });
});
