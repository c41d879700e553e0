/** The long declaration the editor benches open: the templates' paragraphs, numbered 1..N, each varied a little. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

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
