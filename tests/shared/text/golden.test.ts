import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outlineRows } from '../../../shared/text/outline';
import { readDeclaration } from '../../../shared/text/read';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const templates = readdirSync(`${root}templates`).filter((f) => f.endsWith('.txt')).sort();

/**
 * The segmentation of each built-in template, reviewed by a person and then held. A missing
 * golden file is written (review it before committing); UPDATE_GOLDEN=1 rewrites them all.
 */
describe('golden outlines of the templates', () => {
  it.each(templates)('%s segments as reviewed', (file) => {
    const { declaration } = readDeclaration(readFileSync(`${root}templates/${file}`), { name: file });
    const actual = { title: declaration.title, date: declaration.date, place: declaration.place, parties: declaration.parties.length, blocks: outlineRows(declaration) };
    const golden = `${root}tests/shared/text/golden/${file}.json`;
    if (!existsSync(golden) || process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, `${JSON.stringify(actual, null, 1)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});
