import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const config: Record<string, unknown> = parse(readFileSync('electron-builder.yml', 'utf8'));

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own configuration schema", () => {
    const schema: object = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const ok = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('packages for Windows, macOS and Linux and opens .concord drafts', () => {
    expect(config).toMatchObject({
      appId: expect.any(String),
      productName: 'Concord',
      asar: true,
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
      linux: { target: ['AppImage', 'deb'] },
      fileAssociations: [expect.objectContaining({ ext: 'concord' })],
    });
  });

  it('ships the built app and the templates', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'templates/**/*']));
  });
});
