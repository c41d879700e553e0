/**
 * The list a reviewer reads: a reviewed document's suggestions in document order (runs of one
 * tracked change joined, a removed paragraph break counted with the words it ends) and its
 * comments as threads, with the words each is anchored to.
 */
import type { ChangeMark, DocxComment, ReviewComment, ReviewedDocx, ReviewSummary, Suggestion } from './model';

function startSuggestion(mark: ChangeMark, paragraph: number, text: string): Suggestion {
  return { id: `w${mark.id}`, kind: mark.kind, author: mark.author, date: mark.date, text, paragraph, ...(mark.detail ? { detail: mark.detail } : {}) };
}

function suggestionsOf(doc: ReviewedDocx): Suggestion[] {
  const out: Suggestion[] = [];
  // The suggestion the previous run belonged to, per stream (content changes, formatting changes).
  let content: { mark: ChangeMark; s: Suggestion } | null = null;
  let format: { mark: ChangeMark; s: Suggestion } | null = null;
  const same = (a: ChangeMark, b: ChangeMark) => a.id === b.id && a.kind === b.kind;
  doc.paragraphs.forEach((p, index) => {
    if (p.props) out.push(startSuggestion(p.props, index, p.runs.map((r) => r.text).join('')));
    for (const run of p.runs) {
      if (!run.change) content = null;
      else if (content && (same(content.mark, run.change) || (content.mark.kind === run.change.kind && content.mark.author === run.change.author && content.s.text.endsWith('\n')))) content.s.text += run.text;
      else {
        const s = startSuggestion(run.change, index, run.text);
        out.push(s);
        content = { mark: run.change, s };
      }
      if (!run.format) format = null;
      else if (format && same(format.mark, run.format)) format.s.text += run.text;
      else {
        const s = startSuggestion(run.format, index, run.text);
        out.push(s);
        format = { mark: run.format, s };
      }
    }
    if (p.mark) {
      // A paragraph break inserted or deleted with the words before it is one suggestion with them.
      const current = content as { mark: ChangeMark; s: Suggestion } | null;
      if (current && current.mark.kind === p.mark.kind && current.mark.author === p.mark.author) current.s.text += '\n';
      else {
        const s = startSuggestion(p.mark, index, '\n');
        out.push(s);
        content = { mark: p.mark, s };
      }
    } else content = null;
    format = null;
  });
  for (const s of out) s.text = s.text.replace(/\n$/, '');
  return out;
}

function commentsOf(doc: ReviewedDocx): ReviewComment[] {
  const anchors = new Map<string, { all: string[]; kept: string[] }>();
  for (const p of doc.paragraphs) {
    const seen = new Set<string>();
    for (const run of p.runs) {
      for (const id of run.comments) {
        const a = anchors.get(id) ?? { all: [], kept: [] };
        if (a.all.length && !seen.has(id)) a.all.push('\n');
        seen.add(id);
        a.all.push(run.text);
        if (!(run.change && (run.change.kind === 'delete' || run.change.kind === 'move-from'))) a.kept.push(run.text);
        anchors.set(id, a);
      }
    }
  }
  const byId = new Map(doc.comments.map((c) => [c.id, c]));
  /** The first comment of a thread (Word chains replies to the one they answer). */
  const rootOf = (c: DocxComment): DocxComment => {
    let at = c;
    for (let guard = 0; at.parentId && byId.has(at.parentId) && guard < 1000; guard++) at = byId.get(at.parentId) ?? at;
    return at;
  };
  const threads = new Map<string, ReviewComment>();
  for (const c of doc.comments) {
    if (rootOf(c) !== c) continue;
    const anchor = anchors.get(c.id);
    const words = anchor?.all.join('') ?? '';
    threads.set(c.id, {
      id: c.id,
      author: c.author,
      date: c.date,
      text: c.text,
      ...(c.initials ? { initials: c.initials } : {}),
      anchor: words,
      resolved: c.resolved,
      orphaned: words.trim() !== '' && (anchor?.kept.join('').trim() ?? '') === '',
      replies: [],
    });
  }
  for (const c of doc.comments) {
    const root = rootOf(c);
    if (root !== c) threads.get(root.id)?.replies.push({ id: c.id, author: c.author, date: c.date, text: c.text });
  }
  return [...threads.values()];
}

/** Suggestions, comment threads and authors of a reviewed document. */
export function reviewSummary(doc: ReviewedDocx): ReviewSummary {
  const suggestions = suggestionsOf(doc);
  const comments = commentsOf(doc);
  const authors = [...new Set([...suggestions.map((s) => s.author), ...comments.flatMap((c) => [c.author, ...c.replies.map((r) => r.author)]), ...doc.people].filter(Boolean))];
  return { suggestions, comments, authors };
}
