/**
 * Step 5 of reading: things that look wrong, reported and never changed. Checks inside one
 * block's text (spacing, doubled words, quotes, brackets) are cheap enough for the editor to run
 * on every keystroke; checks across blocks look at the numbering (gaps, restarts, glued numbers).
 */
import type { Block, TextWarning } from '../model';

type Found = Omit<TextWarning, 'blockId'>;

/** Punctuation directly followed by a word: "COVID-19,it", "pandemic.We", "Note:the". */
const MISSING_SPACE = /[,;](?=\p{L})|(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})|:(?=\p{L}{2})/gu;
/** The same word twice in a row, whatever the case. */
const DOUBLED = /(?<![\p{L}\p{N}])(\p{L}+)(\s+)\1(?![\p{L}\p{N}])/giu;

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '“': '”', '«': '»' };
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“', '»': '«' };

function spacing(text: string, out: Found[]): void {
  for (const m of text.matchAll(MISSING_SPACE)) {
    const at = m.index;
    const next = text[at + 1] ?? '';
    out.push({
      kind: 'missing-space',
      span: { start: at, end: at + 2 },
      message: `No space after “${m[0]}” before “${next}”.`,
      suggestion: `${m[0]} ${next}`,
    });
  }
}

function doubledWords(text: string, out: Found[]): void {
  for (const m of text.matchAll(DOUBLED)) {
    const word = m[1] ?? '';
    const second = m.index + word.length + (m[2] ?? '').length;
    out.push({
      kind: 'doubled-word',
      span: { start: m.index + word.length, end: second + word.length },
      message: `“${word}” appears twice in a row.`,
      suggestion: word,
    });
  }
}

function balance(text: string, out: Found[]): void {
  const open: { ch: string; at: number }[] = [];
  let straight = -1;
  let straightCount = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') {
      straightCount++;
      straight = i;
    } else if (OPENERS[ch]) open.push({ ch, at: i });
    else if (CLOSERS[ch]) {
      const top = open[open.length - 1];
      if (top && top.ch === CLOSERS[ch]) open.pop();
      else out.push(unbalanced(ch, i, `“${ch}” closes nothing.`, `Remove “${ch}” or add “${CLOSERS[ch]}” before it.`));
    }
  }
  for (const { ch, at } of open) {
    out.push(unbalanced(ch, at, `“${ch}” is never closed.`, `Add “${OPENERS[ch]}” where the ${ch === '“' || ch === '«' ? 'quotation' : 'aside'} ends.`));
  }
  if (straightCount % 2 === 1) out.push(unbalanced('"', straight, 'An odd number of straight quotes: one is not closed.', 'Add the missing ".'));
}

function unbalanced(ch: string, at: number, message: string, suggestion: string): Found {
  const quote = ch === '"' || ch === '“' || ch === '”' || ch === '«' || ch === '»';
  return { kind: quote ? 'unbalanced-quote' : 'unbalanced-bracket', span: { start: at, end: at + 1 }, message, suggestion };
}

/** Warnings inside one paragraph's text, with offsets into that text; ordered by position. */
export function checkBlockText(text: string): TextWarning[] {
  const out: Found[] = [];
  spacing(text, out);
  doubledWords(text, out);
  balance(text, out);
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Where a block's number starts in the text, and where its body (after number or marker) starts. */
function bodyStart(text: string, block: Block): { numberAt: number; body: number } {
  let at = block.span.start;
  while (at < block.span.end && /\s/.test(text[at] ?? '')) at++;
  const numberAt = at;
  const lead = block.number?.raw ?? block.marker;
  if (lead && text.startsWith(lead, at)) at += lead.length;
  return { numberAt, body: at };
}

/** Numbering warnings over a block list: glued numbers, gaps, restarts. Offsets into `text`. */
export function checkNumbering(text: string, blocks: Block[]): TextWarning[] {
  const out: TextWarning[] = [];
  const last = new Map<string, number>();
  let unnumbered = 0;
  let afterHeading = false;
  for (const block of blocks) {
    const n = block.number;
    if (!n) {
      if (block.kind === 'paragraph') unnumbered++;
      if (block.kind === 'heading') afterHeading = true;
      continue;
    }
    const at = bodyStart(text, block).numberAt;
    const span = { start: at, end: at + n.raw.length };
    if (n.glued) {
      out.push({ kind: 'glued-number', span, message: `No space between “${n.raw}” and the text.`, suggestion: `${n.raw} `, blockId: block.id });
    }
    if (n.style === 'bullet') continue;
    if (block.kind === 'heading') afterHeading = true;
    const parent = n.style === 'multilevel' ? n.raw.replace(/\.?\d+[.)]?$/, '') : '';
    const key = `${block.kind === 'subitem' ? 'sub' : block.kind}:${n.style}:${parent}`;
    const previous = last.get(key);
    if (block.kind === 'paragraph' || block.kind === 'heading') {
      for (const k of last.keys()) if (k.startsWith('sub:')) last.delete(k);
    }
    const between = unnumbered > 0 ? ` (${unnumbered} unnumbered paragraph${unnumbered > 1 ? 's' : ''} in between)` : '';
    if (previous === undefined && n.value > 1 && !(block.kind === 'paragraph' && afterHeading && last.size > 0)) {
      out.push({ kind: 'numbering-gap', span, message: `Numbering starts at ${n.value}, not 1.`, suggestion: 'Check whether paragraphs are missing before this one.', blockId: block.id });
    } else if (previous !== undefined && n.value <= previous && !(afterHeading && n.value === 1)) {
      out.push({ kind: 'numbering-restart', span, message: `Numbering goes back from ${previous} to ${n.value}.`, suggestion: `Number this ${previous + 1}.`, blockId: block.id });
    } else if (previous !== undefined && n.value > previous + 1) {
      out.push({ kind: 'numbering-gap', span, message: `Numbering jumps from ${previous} to ${n.value}${between}.`, suggestion: `Number this ${previous + 1}, or check whether paragraphs are missing.`, blockId: block.id });
    }
    last.set(key, n.value);
    if (block.kind === 'paragraph') {
      unnumbered = 0;
      afterHeading = false;
    }
  }
  return out;
}

/** Every warning of a segmented text: numbering, then each block's own text. Offsets into `text`. */
export function checkDeclaration(text: string, blocks: Block[]): TextWarning[] {
  const out = checkNumbering(text, blocks);
  for (const block of blocks) {
    const { body } = bodyStart(text, block);
    const end = block.span.start + text.slice(block.span.start, block.span.end).trimEnd().length;
    for (const w of checkBlockText(text.slice(body, end))) {
      out.push({ ...w, span: { start: w.span.start + body, end: w.span.end + body }, blockId: block.id });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
