/** The long declaration the editor benches open: the templates' paragraphs, numbered 1..N, each varied a little. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DRAFT_SCHEMA_VERSION, type Declaration, type DocNode, type Draft } from '../shared/model';
import { readDeclarationText } from '../shared/text/read';
import { declarationToDoc } from '../renderer/editor/convert';

/** About 60 words a paragraph, `paragraphs` of them, under a title. */
export function longDeclarationText(paragraphs: number): string {
  const dir = path.join(import.meta.dirname, '..', 'templates');
  const pool = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, ' ').replace(/^\d+\.\s*/, '').trim())
    .filter((p) => p.split(' ').length > 40)
    .map((p) => p.split(' ').slice(0, 58).join(' '));
  const out = ['Joint Statement on Long-Term Cooperation', ''];
  for (let i = 0; i < paragraphs; i++) out.push(`${i + 1}. ${pool[i % pool.length]} (${i})`, '');
  return out.join('\n');
}

/** The long declaration read, and a draft of it ("Long draft") ready to save into a workspace. */
export function longDraft(paragraphs: number): { declaration: Declaration; draft: Draft } {
  const { declaration } = readDeclarationText(longDeclarationText(paragraphs), { name: 'long.txt' });
  const doc = declarationToDoc(declaration, { provenance: true }).toJSON() as DocNode;
  const now = new Date().toISOString();
  return { declaration, draft: { format: 'concord', schemaVersion: DRAFT_SCHEMA_VERSION, id: 'long', title: 'Long draft', createdAt: now, updatedAt: now, doc, versions: [] } };
}
