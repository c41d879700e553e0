import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli';
import { serializeDraft } from '../../../shared/draft-file';
import { readDeclarationText } from '../../../shared/text/read';
import { makeDraft } from '../store/draft-fixture';

const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-export-'));
const TEXT = 'Declaration on Rivers\n\n1. We cooperate on shared waters.\n\n2. We meet every year.';

describe('npm run cli -- export', () => {
  it('exports a saved draft as Markdown from the text the app saved with it', async () => {
    const file = path.join(dir, 'rivers.concord');
    writeFileSync(file, serializeDraft({ ...makeDraft('rivers'), declaration: readDeclarationText(TEXT, { name: 'rivers' }).declaration }));
    const { output, code } = await runCli(['export', file, '--format', 'md', '--workspace', dir]);
    expect(code).toBe(0);
    expect(String(output)).toContain('We cooperate on shared waters.');
  });

  it('explains what to do with a draft saved without its export text', async () => {
    const file = path.join(dir, 'old.concord');
    writeFileSync(file, serializeDraft(makeDraft('old')));
    const { output, code } = await runCli(['export', file, '--format', 'txt', '--workspace', dir]);
    expect(code).toBe(1);
    expect(String(output)).toMatch(/open it in Concord and save it once/);
  });

  it('exports a template as Akoma Ntoso and refuses an unknown format', async () => {
    const akn = await runCli(['export', 'template:004_7665dafc4b86c8d4', '--format', 'akn', '--workspace', dir]);
    expect(String(akn.output)).toContain('<akomaNtoso');
    const bad = await runCli(['export', 'template:004_7665dafc4b86c8d4', '--format', 'rtf', '--workspace', dir]);
    expect(bad.code).toBe(1);
    expect(String(bad.output)).toMatch(/Choose --format docx\|pdf\|md\|txt\|akn\|html/);
  });
});
