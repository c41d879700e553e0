/**
 * Reads the review marks of a Word document: every paragraph as runs, each run with the tracked
 * change it belongs to (w:ins, w:del, w:moveFrom, w:moveTo, w:rPrChange), the paragraph mark's
 * own change (an inserted or deleted paragraph break, a w:pPrChange), and the comments open over
 * it; the comments themselves from comments.xml, threaded by commentsExtended.xml, with the
 * authors people.xml names. Pure: the caller hands in the package's bytes.
 */
import { bodyItems, openWordPackage, type DocxReadOptions } from '../formats/docx-read';
import { childElements, descend, firstChild, type XmlElement, type XmlNode } from '../formats/xml';
import type { ChangeKind, ChangeMark, DocxComment, ReviewedDocx, ReviewParagraph } from './model';

const CHANGE_ELEMENTS: Record<string, ChangeKind> = { ins: 'insert', del: 'delete', moveFrom: 'move-from', moveTo: 'move-to' };
/** Containers whose content is read through (links, smart tags, content controls, simple fields). */
const TRANSPARENT = new Set(['hyperlink', 'smartTag', 'sdt', 'sdtContent', 'fldSimple', 'customXml', 'bdo', 'dir']);

function changeOf(el: XmlElement, kind: ChangeKind): ChangeMark {
  return { id: el.attrs['id'] ?? '', kind, author: el.attrs['author'] ?? '', date: el.attrs['date'] ?? null };
}

function textOf(el: XmlElement): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}

/** "bold, italic" from a run's rPr: enough to say what a formatting change was about. */
function describeRunProps(rPr: XmlElement | undefined): string {
  if (!rPr) return 'plain';
  const names: Record<string, string> = { b: 'bold', i: 'italic', u: 'underline', strike: 'strike-through', caps: 'capitals', smallCaps: 'small capitals', vertAlign: 'raised/lowered' };
  const on = childElements(rPr)
    .filter((el) => names[el.name] && !['0', 'false', 'none'].includes(el.attrs['val'] ?? ''))
    .map((el) => names[el.name] ?? el.name);
  return on.length ? on.join(', ') : 'plain';
}

/** Reads one paragraph's runs, carrying the open comment ranges across paragraphs in `open`. */
function readParagraph(p: XmlElement, open: Set<string>): ReviewParagraph {
  const pPr = firstChild(p, 'pPr');
  const style = descend(pPr, 'pStyle')?.attrs['val'] ?? null;
  const markRPr = firstChild(pPr, 'rPr');
  const markChange = childElements(markRPr ?? { name: '', qname: '', attrs: {}, children: [] }).find((el) => el.name in CHANGE_ELEMENTS);
  const pPrChange = firstChild(pPr, 'pPrChange');
  const before = descend(firstChild(pPrChange, 'pPr'), 'pStyle')?.attrs['val'];
  const paragraph: ReviewParagraph = {
    runs: [],
    style,
    mark: markChange ? changeOf(markChange, CHANGE_ELEMENTS[markChange.name] ?? 'insert') : null,
    props: pPrChange ? { ...changeOf(pPrChange, 'block-kind'), detail: before ?? 'Normal' } : null,
    pointComments: [],
  };

  const push = (text: string, change: ChangeMark | null, format: ChangeMark | null) => {
    if (!text) return;
    const last = paragraph.runs[paragraph.runs.length - 1];
    const comments = [...open];
    if (last && last.change?.id === change?.id && last.change?.kind === change?.kind && last.format?.id === format?.id && last.comments.join() === comments.join()) last.text += text;
    else paragraph.runs.push({ text, change, format, comments });
  };

  const visitRun = (r: XmlElement, change: ChangeMark | null) => {
    const rPr = firstChild(r, 'rPr');
    const rPrChange = firstChild(rPr, 'rPrChange');
    const format = rPrChange ? { ...changeOf(rPrChange, 'format' as const), detail: `${describeRunProps(firstChild(rPrChange, 'rPr'))} → ${describeRunProps(rPr)}` } : null;
    for (const child of childElements(r)) {
      switch (child.name) {
        case 't':
        case 'delText':
          push(textOf(child), change, format);
          break;
        case 'tab':
        case 'ptab':
          push('\t', change, format);
          break;
        case 'br':
        case 'cr':
          push('\n', change, format);
          break;
        case 'noBreakHyphen':
          push('-', change, format);
          break;
        case 'commentReference':
          if (!paragraph.runs.some((run) => run.comments.includes(child.attrs['id'] ?? ''))) paragraph.pointComments.push(child.attrs['id'] ?? '');
          break;
        default:
          break;
      }
    }
  };

  const visit = (node: XmlNode, change: ChangeMark | null) => {
    if (typeof node === 'string') return;
    const kind = CHANGE_ELEMENTS[node.name];
    if (kind) {
      const mark = changeOf(node, kind);
      node.children.forEach((c) => visit(c, mark));
    } else if (node.name === 'r') visitRun(node, change);
    else if (node.name === 'commentRangeStart') open.add(node.attrs['id'] ?? '');
    else if (node.name === 'commentRangeEnd') open.delete(node.attrs['id'] ?? '');
    else if (TRANSPARENT.has(node.name)) node.children.forEach((c) => visit(c, change));
  };
  p.children.forEach((c) => visit(c, null));
  return paragraph;
}

/** Paragraphs of the body in reading order, table cells included. */
function paragraphsOf(body: XmlElement): XmlElement[] {
  return bodyItems(body).flatMap((item) =>
    item.name === 'tbl' ? childElements(item, 'tr').flatMap((tr) => childElements(tr, 'tc').flatMap((tc) => childElements(tc, 'p'))) : [item],
  );
}

function readComments(root: XmlElement | undefined, extended: XmlElement | undefined): DocxComment[] {
  if (!root) return [];
  // commentsExtended ties threads by the paraId of each comment's last paragraph.
  const byPara = new Map<string, { parent?: string; done: boolean }>();
  for (const ex of extended ? childElements(extended, 'commentEx') : []) {
    byPara.set(ex.attrs['paraId'] ?? '', { parent: ex.attrs['paraIdParent'], done: ex.attrs['done'] === '1' });
  }
  const paraToComment = new Map<string, string>();
  const comments = childElements(root, 'comment').map((c) => {
    const paras = childElements(c, 'p');
    const lastPara = paras[paras.length - 1]?.attrs['paraId'];
    const id = c.attrs['id'] ?? '';
    if (lastPara) paraToComment.set(lastPara, id);
    const text = paras.map((p) => readParagraph(p, new Set()).runs.map((r) => r.text).join('')).join('\n');
    const initials = c.attrs['initials'];
    return { id, author: c.attrs['author'] ?? '', date: c.attrs['date'] ?? null, text, lastPara, ...(initials ? { initials } : {}) };
  });
  return comments.map(({ lastPara, ...c }) => {
    const ex = lastPara ? byPara.get(lastPara) : undefined;
    const parentId = ex?.parent ? paraToComment.get(ex.parent) : undefined;
    return { ...c, resolved: ex?.done ?? false, ...(parentId ? { parentId } : {}) };
  });
}

/** Reads the review marks of a .docx; a file without any reads as plain paragraphs. */
export async function readDocxReview(bytes: Uint8Array, options: DocxReadOptions = {}): Promise<ReviewedDocx> {
  const { main, partOf } = await openWordPackage(bytes, options);
  const body = firstChild(await main(), 'body');
  const open = new Set<string>();
  const paragraphs = body ? paragraphsOf(body).map((p) => readParagraph(p, open)) : [];
  const people = await partOf('people');
  return {
    paragraphs,
    comments: readComments(await partOf('comments'), await partOf('commentsExtended')),
    people: people ? childElements(people, 'person').map((p) => p.attrs['author'] ?? '').filter(Boolean) : [],
  };
}

/** Whether a document carries any tracked change or comment. */
export function hasReviewMarks(doc: ReviewedDocx): boolean {
  return doc.comments.length > 0 || doc.paragraphs.some((p) => p.mark || p.props || p.runs.some((r) => r.change || r.format));
}
