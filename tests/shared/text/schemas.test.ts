import { describe, expect, it } from 'vitest';
import { isReadable, READABLE_ACCEPT, readerKindOf } from '../../../shared/text/schemas';

describe('which files Concord reads', () => {
  it.each([
    ['Statement.txt', 'text', true],
    ['notes.MD', 'markdown', true],
    ['notes.markdown', 'markdown', true],
    ['page.htm', 'html', true],
    ['page.html', 'html', true],
    ['Final.docx', 'docx', true],
    ['README', 'text', false],
    ['scan.pdf', 'text', false],
  ] as const)('%s goes to the %s reader (readable by extension: %s)', (name, kind, readable) => {
    expect(readerKindOf(name)).toBe(kind);
    expect(isReadable(name)).toBe(readable);
  });

  it('offers every readable extension to file pickers', () => {
    expect(READABLE_ACCEPT.split(',')).toEqual(['.txt', '.md', '.markdown', '.html', '.htm', '.docx']);
  });
});
