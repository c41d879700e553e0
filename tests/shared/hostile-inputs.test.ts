/**
 * The pathological-input fuzz: long runs of one character, deep nesting and huge counts for every
 * reader, the bracket parser and the checks. Each must finish (the test timeout is the only
 * clock here; the per-megabyte bound is in bench/hostile.bench.ts) and give a sound result:
 * the text kept, or a clear message.
 */
import { describe, expect, it } from 'vitest';
import { readAnyFile } from '../../main/services/read-file';
import { readDocx } from '../../shared/formats/docx-read';
import { MAX_BRACKET_NESTING, MAX_BRACKET_PROBLEMS, parseBrackets } from '../../shared/negotiation/parse';
import { checkBlockText, MAX_BLOCK_WARNINGS } from '../../shared/text/warnings';
import { docxDeepLevel, hostileText as h } from '../fixtures/hostile';

const bytes = (text: string) => new TextEncoder().encode(text);
const KB = 1024;

/** Reads and returns the declaration's text, or the clear message the reader gave. */
async function read(name: string, text: string): Promise<{ text?: string; refused?: string }> {
  try {
    return { text: (await readAnyFile(name, bytes(text))).declaration.text };
  } catch (error) {
    const message = (error as Error).message;
    expect(message, 'a refusal names the problem in words').not.toMatch(/Maximum call stack|undefined|is not a function/);
    return { refused: message };
  }
}

// Completion and soundness only; the machine may be shared, so each test gets a wide timeout (the bound is in the bench).
describe('readers on pathological inputs', { timeout: 60_000 }, () => {
  it('reads a Markdown heading with a long run of spaces', async () => {
    const { text } = await read('x.md', h.headingSpaces(50 * KB));
    expect(text?.replace(/\s+/g, ' ').trim()).toMatch(/^(# )?a x$/);
  });

  it.each([
    ['x.md', '['],
    ['x.md', '*'],
    ['x.md', '`'],
    ['x.md', '#'],
    ['x.md', '>'],
    ['x.md', '<'],
    ['x.html', '<'],
    ['x.html', '&'],
    ['x.txt', '['],
    ['x.txt', ' '],
    ['x.txt', '.'],
  ])('reads %s made of 200 KB of "%s"', async (name, char) => {
    const result = await read(name, `Title\n\n${h.run(char, 200 * KB)}\n`);
    expect(result.text ?? result.refused).toBeDefined();
  });

  it.each([
    ['unclosed <b>', () => h.unclosedTags(300 * KB)],
    ['<div> nested 20,000 deep', () => h.nestedTags(20_000)],
    ['<b> nested 20,000 deep', () => h.nestedTags(20_000, 'b')],
    ['<ul><li> nested 5,000 deep', () => `${'<ul><li>'.repeat(5_000)}x${'</li></ul>'.repeat(5_000)}`],
  ])('reads HTML with %s and keeps its text', async (_name, make) => {
    const { text, refused } = await read('x.html', make());
    expect(refused).toBeUndefined();
    expect(text).toContain('x');
  });

  it.each([
    ['block quotes 5,000 deep', () => h.nestedQuotes(5_000)],
    ['list items 2,000 deep', () => h.nestedLists(2_000)],
    ['unclosed emphasis', () => h.unclosedEmphasis(100 * KB)],
    ['unclosed links', () => h.unclosedLinks(100 * KB)],
  ])('reads Markdown with %s', async (_name, make) => {
    const { text, refused } = await read('x.md', make());
    expect(text ?? refused).toBeDefined();
  });

  it.each([4_000_000_000, 1e8, 9, -1, 2 ** 31, 1.5])('reads a DOCX whose list level is %d as Word would (levels 0–8)', async (level) => {
    const { declaration } = await readDocx(await docxDeepLevel(level), { name: 'level.docx' });
    expect(declaration.blocks.map((b) => b.text)).toEqual(['Title', 'A paragraph.']);
    for (const b of declaration.blocks) expect(b.level).toBeLessThanOrEqual(9);
  });

  it('reads a DOCX whose list starts at 4,000,000,000 without counting up to it', async () => {
    const { declaration } = await readDocx(await docxDeepLevel(0, 4_000_000_000), { name: 'start.docx' });
    expect(declaration.blocks[1]?.text).toBe('A paragraph.');
  });
});

describe('the bracket parser on pathological inputs', { timeout: 60_000 }, () => {
  it.each([
    ['[', 'unclosed'],
    [']', 'unopened'],
  ])('reports the lone "%s" of a 1 MB run, the first thousand one by one and then how many more', (char, kind) => {
    const parse = parseBrackets(h.run(char, 1024 * KB));
    expect(parse.problems).toHaveLength(MAX_BRACKET_PROBLEMS + 1);
    expect(parse.problems[5]).toMatchObject({ kind, line: 1, column: 6 });
    expect(parse.problems[MAX_BRACKET_PROBLEMS]?.message).toMatch(`${(1024 * KB - MAX_BRACKET_PROBLEMS).toLocaleString('en')} more`);
  });

  it('reads brackets nested 20,000 deep into output proportional to the input', () => {
    const text = h.nestedBrackets(20_000);
    const parse = parseBrackets(text);
    expect(parse.brackets).toHaveLength(MAX_BRACKET_NESTING);
    expect(parse.problems).toMatchObject([{ kind: 'too-deep', message: expect.stringMatching(/nested more than 12 deep/) }]);
    expect(JSON.stringify(parse).length).toBeLessThan(2 * MAX_BRACKET_NESTING * text.length);
    expect(parse.brackets[0]?.alternatives[0]?.text).toBe(text.slice(1, -1).trim());
  });

  it('reads 100,000 bracket pairs on one line', () => {
    const parse = parseBrackets('We [a] '.repeat(100_000));
    expect(parse.brackets).toHaveLength(100_000);
  }, 60_000);
});

describe('the checks on pathological inputs', { timeout: 60_000 }, () => {
  it.each(['[', ']', '"“', '“', ',a', 'the '])('check a 1 MB run of "%s", listing at most the first 50 warnings and how many more', (unit) => {
    const warnings = checkBlockText(h.run(unit, 1024 * KB));
    expect(warnings.length).toBeLessThanOrEqual(MAX_BLOCK_WARNINGS + 1);
    expect(warnings.length).toBeGreaterThan(0);
    if (warnings.length > MAX_BLOCK_WARNINGS) expect(warnings[MAX_BLOCK_WARNINGS]?.message).toMatch(/more warnings in this paragraph/);
  });
});
