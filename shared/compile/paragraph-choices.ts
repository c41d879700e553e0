/**
 * One base paragraph and what each delegation made of it, as stretches of agreed text and
 * choices. Each delegation's word diff against the base (shared/diff/words) gives the base
 * regions it changed; regions of different delegations that overlap, touch or stand only
 * whitespace apart become one choice (brackets side by side would read as alternatives of one
 * decision), while edits to different words stay separate choices. Identical proposals merge.
 */
import { NO_IGNORE } from '../diff/normalize';
import { diffHunks, wholeReplacement } from '../diff/words';
import type { Proposal, Segment } from './schemas';

/** A delegation's text for the paragraph. */
export interface ParagraphEdit {
  delegation: string;
  text: string;
}

/** One changed base region [start, end) of one delegation, and what it put there. */
interface Region {
  start: number;
  end: number;
  edit: number;
  replacement: string;
}

/** The paragraph as text and choices; `deadline` (performance.now() time) bounds each word diff. */
export function paragraphSegments(base: string, edits: readonly ParagraphEdit[], deadline = Infinity): Segment[] {
  const regions: Region[] = [];
  edits.forEach((edit, index) => {
    if (edit.text === base) return;
    const hunks = diffHunks(base, edit.text, NO_IGNORE, deadline) ?? wholeReplacement(base, edit.text);
    for (const h of hunks) if (h.kind === 'change') regions.push({ start: h.aStart, end: h.aEnd, edit: index, replacement: edit.text.slice(h.bStart, h.bEnd) });
  });
  regions.sort((x, y) => x.start - y.start || x.end - y.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const cluster of clusters(base, regions)) {
    const choice = choiceOf(base, cluster, edits);
    pushText(segments, base.slice(at, choice.start));
    if (choice.segment) {
      pushText(segments, choice.lead);
      segments.push(choice.segment);
      pushText(segments, choice.trail);
    } else pushText(segments, base.slice(choice.start, choice.end));
    at = choice.end;
  }
  pushText(segments, base.slice(at));
  return segments;
}

/** Groups regions that overlap, touch or are separated only by whitespace in the base. */
function clusters(base: string, regions: readonly Region[]): Region[][] {
  const out: Region[][] = [];
  let current: Region[] = [];
  let end = -1;
  for (const r of regions) {
    if (current.length > 0 && (r.start < end || base.slice(end, r.start).trim() === '')) {
      current.push(r);
      end = Math.max(end, r.end);
      continue;
    }
    if (current.length > 0) out.push(current);
    current = [r];
    end = r.end;
  }
  if (current.length > 0) out.push(current);
  return out;
}

interface Choice {
  start: number;
  end: number;
  lead: string;
  trail: string;
  segment?: Segment;
}

const LEADING_SPACE = /^\s*/u;
const TRAILING_SPACE = /\s*$/u;

/** The choice a cluster makes: the base stretch and each distinct proposal, spaces at its ends set outside. */
function choiceOf(base: string, cluster: readonly Region[], edits: readonly ParagraphEdit[]): Choice {
  const start = Math.min(...cluster.map((r) => r.start));
  const end = Math.max(...cluster.map((r) => r.end));
  const original = base.slice(start, end);
  const byEdit = new Map<number, string>();
  for (const index of new Set(cluster.map((r) => r.edit))) {
    let text = '';
    let from = start;
    for (const r of cluster) {
      if (r.edit !== index) continue;
      text += base.slice(from, r.start) + r.replacement;
      from = r.end;
    }
    byEdit.set(index, text + base.slice(from, end));
  }
  // Spaces at the ends stay outside the brackets, taken from the base where it has words.
  const model = original.trim() !== '' ? original : ([...byEdit.values()].find((t) => t.trim() !== '') ?? original);
  const lead = LEADING_SPACE.exec(model)?.[0] ?? '';
  const trail = model.trim() === '' ? '' : (TRAILING_SPACE.exec(model)?.[0] ?? '');
  const proposals: Proposal[] = [];
  for (const [index, text] of [...byEdit].sort((x, y) => x[0] - y[0])) {
    const wording = text.trim();
    if (wording === original.trim()) continue;
    const delegation = edits[index]?.delegation ?? '';
    const same = proposals.find((p) => p.text === wording);
    if (same) {
      if (!same.delegations.includes(delegation)) same.delegations.push(delegation);
    } else proposals.push({ text: wording, delegations: [delegation] });
  }
  if (proposals.length === 0) return { start, end, lead: '', trail: '' };
  return { start, end, lead, trail, segment: { kind: 'choice', base: original.trim(), proposals } };
}

function pushText(segments: Segment[], text: string): void {
  if (!text) return;
  const last = segments.at(-1);
  if (last?.kind === 'text') last.text += text;
  else segments.push({ kind: 'text', text });
}
