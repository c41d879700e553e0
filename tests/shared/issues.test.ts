import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesText } from '../../shared/issues';

const Shape = z.object({ title: z.string(), blocks: z.array(z.object({ text: z.string() })) });
const failure = (value: unknown) => {
  const result = Shape.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return result.error;
};

describe('issuesText', () => {
  it.each([
    ['one issue, with its place', { title: 1, blocks: [] }, 1, 'value', /^title: .*string/],
    ['a place inside a list', { title: 't', blocks: [{ text: 2 }] }, 1, 'value', /^blocks\.0\.text: /],
    ['the value itself, named', 'nope', 1, 'file', /^file: /],
    ['more issues than shown', { title: 1, blocks: 2 }, 1, 'value', /^title: .* \(and 1 more\)$/],
    ['several shown, joined', { title: 1, blocks: 2 }, 5, 'value', /^title: .*; blocks: /],
  ])('%s', (_name, value, limit, whole, expected) => {
    expect(issuesText(failure(value), limit, whole)).toMatch(expected);
  });
});
