/**
 * Exports keep each footnote mark linked to its own note, from the draft's note ids (not the
 * marker's text): a draft whose text also holds the marker's digits elsewhere ("2021"), with a
 * custom mark and two notes.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { Node } from 'prosemirror-model';
import { schema } from '../../../renderer/editor/schema';
import { docToDeclaration } from '../../../renderer/editor/convert';
import { declarationToDocx } from '../../../shared/formats/docx-write';
import { declarationToMarkdown } from '../../../shared/formats/markdown';
import { declarationToAkn } from '../../../shared/formats/akoma-ntoso';
import { declarationToHtml } from '../../../shared/formats/html-write';
import { doc, fn, p, title } from './builder';

const mark = (marker: string, note: string, custom = false): Node => schema.nodes.footnote_ref.create({ marker, note, custom });

const draft = doc(
  title('Joint Statement'),
  p('Adopted in 2021 by the partners', mark('1', 'a'), ', as in 1991.'),
  p('The summit', mark('†', 'b', true), ' and the council', mark('2', 'c'), ' met.'),
  fn({ marker: '1', note: 'a' }, 'Chile, Kenya'),
  fn({ marker: '†', note: 'b' }, 'Held in Geneva'),
  fn({ marker: '2', note: 'c' }, 'Of ministers'),
).node;
const decl = docToDeclaration(draft, { id: 'd', sourceName: 'Joint Statement' });

describe('footnotes in exports', () => {
  it('the Declaration says where each note is cited, exactly', () => {
    const notes = decl.blocks.filter((b) => b.kind === 'footnote').map((b) => [b.text, b.anchorBlockId, b.anchorAt]);
    expect(notes).toEqual([
      ['Chile, Kenya', 'b2', 'Adopted in 2021 by the partners'.length],
      ['Held in Geneva', 'b3', 'The summit'.length],
      ['Of ministers', 'b3', 'The summit† and the council'.length],
    ]);
  });

  it('DOCX: each reference points to its own note, with no stray marks in the text', async () => {
    const zip = await JSZip.loadAsync(await declarationToDocx(decl));
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const notesXml = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
    const refIds = [...body.matchAll(/<w:footnoteReference[^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(refIds).size).toBe(3);
    const textOf = (id: string | undefined) => {
      const note = new RegExp(`<w:footnote [^>]*w:id="${id}"[^>]*>([\\s\\S]*?)</w:footnote>`).exec(notesXml)?.[1] ?? '';
      return [...note.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    };
    expect(refIds.map(textOf).map((t) => t.trim())).toEqual([expect.stringContaining('Chile, Kenya'), expect.stringContaining('Held in Geneva'), expect.stringContaining('Of ministers')]);
    // The text outside the reference runs: the marks are only in the references.
    const runs = [...body.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1] ?? '').filter((r) => !r.includes('footnoteReference'));
    const text = runs.map((r) => [...r.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('');
    expect(text).toContain('Adopted in 2021 by the partners, as in 1991.');
    expect(text).toContain('The summit and the council met.');
  });

  it('Markdown: every mark is unique and reaches its own note', () => {
    const md = declarationToMarkdown(decl);
    const [body = '', ...rest] = md.split('\n\n<sup>');
    const calls = [...body.matchAll(/<sup>([^<]+)<\/sup>/g)].map((m) => m[1]);
    expect(calls).toEqual(['1', '†', '2']);
    const notes = rest.map((n) => n.trim().split('</sup> '));
    expect(notes).toEqual([['1', 'Chile, Kenya'], ['†', 'Held in Geneva'], ['2', 'Of ministers']]);
    expect(md).toContain('in 2021 by the partners<sup>1</sup>, as in 1991.');
  });

  it('Akoma Ntoso: each note appears once, where its mark stands', () => {
    const akn = declarationToAkn(decl);
    for (const text of ['Chile, Kenya', 'Held in Geneva', 'Of ministers']) expect(akn.split(text).length - 1).toBe(1);
    expect(akn).toContain('Adopted in 2021 by the partners<authorialNote');
  });

  it('HTML/PDF: superscript marks, each note once', () => {
    const html = declarationToHtml(decl);
    for (const text of ['Chile, Kenya', 'Held in Geneva', 'Of ministers']) expect(html.split(text).length - 1).toBe(1);
    expect(html).toMatch(/partners<[^>]*(sup|footnote)/);
  });
});
