import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channels, type Channel } from '../../shared/api';
import { createContext } from '../../main/handlers/context';
import { dispatch } from '../../main/handlers/index';

// Both shells and the CLI call dispatch(), so these cases cover IPC and HTTP alike;
// tests/main/web.test.ts adds what only HTTP has (token, origin, body size).
const ctx = createContext({ shell: 'web', workspace: mkdtempSync(path.join(os.tmpdir(), 'concord-hardening-')) });
const names = Object.keys(channels) as Channel[];

/** The fields of a channel's request object, when it is an object schema. */
function fields(channel: Channel): string[] {
  const schema = channels[channel].request as z.ZodType;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

const notAnObject: [string, unknown][] = [
  ['null', null],
  ['a number', 42],
  ['a string', 'templates'],
  ['an array', [{}]],
  ['a boolean', true],
];

describe('every API channel refuses bad payloads with a clear error', () => {
  it.each(names.flatMap((c) => notAnObject.map(([what, value]) => [c, what, value] as const)))('%s refuses %s', async (channel, _what, value) => {
    await expect(dispatch(channel, value, ctx)).rejects.toMatchObject({ code: 'bad-request', message: expect.stringContaining(`Invalid request for ${channel}`) });
  });

  const withFields = names.flatMap((c) => fields(c).map((f) => [c, f] as const));

  /** A value the field's own schema rejects (a number for a string, a string for an object...). */
  const wrongValueFor = (channel: Channel, field: string): unknown => {
    const fieldSchema = (channels[channel].request as z.ZodObject).shape[field] as z.ZodType;
    return [42, 'not-valid', [1, 2, 3], true, { wrong: [1] }, -1.5].find((v) => !fieldSchema.safeParse(v).success);
  };

  it.each(withFields)('%s refuses a wrong type for %s and names it', async (channel, field) => {
    const payload = { [field]: wrongValueFor(channel, field) };
    const parsed = (channels[channel].request as z.ZodType).safeParse(payload);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.some((i) => i.path[0] === field)).toBe(true);
    await expect(dispatch(channel, payload, ctx)).rejects.toMatchObject({ code: 'bad-request' });
  });

  it.each(names.filter((c) => fields(c).length > 0))('%s names the missing fields', async (channel) => {
    const schema = channels[channel].request as z.ZodType;
    if (schema.safeParse({}).success) return; // every field optional
    await expect(dispatch(channel, {}, ctx)).rejects.toMatchObject({ code: 'bad-request' });
  });

  it.each(names.flatMap((c) => fields(c).map((f) => [c, f] as const)))('%s refuses a 2 MB string for %s unless it is free text', async (channel, field) => {
    const schema = channels[channel].request as z.ZodObject;
    const payload = { [field]: 'x'.repeat(2 * 1024 * 1024) };
    const fieldSchema = schema.shape[field] as z.ZodType;
    if (fieldSchema.safeParse('x'.repeat(2 * 1024 * 1024)).success) return; // free text such as file contents
    await expect(dispatch(channel, payload, ctx)).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('refuses unknown channels, including prototype names', async () => {
    for (const name of ['toString', '__proto__', 'constructor', 'templates.delete', '']) {
      await expect(dispatch(name, {}, ctx)).rejects.toMatchObject({ code: 'unknown-channel' });
    }
  });
});
