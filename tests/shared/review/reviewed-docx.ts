/**
 * A fixture maker, not Concord's export (drafts go to Word through the normal Word writer,
 * shared/review/docx-marks.ts): writes a reviewed document as raw Word XML, with every kind of
 * mark the reader reads, for the reader's tests and the 200-page bench file. Word and LibreOffice
 * open it with the same marks: w:ins / w:del / w:moveFrom / w:moveTo runs
 * with author and date, inserted or deleted paragraph marks, style changes as w:pPrChange,
 * comments.xml with replies threaded in commentsExtended.xml, and the authors in people.xml.
 * It is the mirror of docx-review.ts: reading what this writes gives the same document back.
 */
import JSZip from 'jszip';
import { escapeXml } from '../../../shared/formats/xml';
import type { ChangeMark, DocxComment, ReviewedDocx, ReviewParagraph, ReviewRun } from '../../../shared/review/model';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_MS = 'http://schemas.microsoft.com/office/2011/relationships';
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const ELEMENT: Record<string, string> = { insert: 'ins', delete: 'del', 'move-from': 'moveFrom', 'move-to': 'moveTo' };

/** Word wants numeric revision ids, unique in the document; ours may be any string. */
class Ids {
  private next = 1;
  private readonly map = new Map<string, number>();
  of(key: string): number {
    let id = this.map.get(key);
    if (id === undefined) this.map.set(key, (id = this.next++));
    return id;
  }
  fresh(): number {
    return this.next++;
  }
}

function attrs(mark: ChangeMark, id: number): string {
  return `w:id="${id}" w:author="${escapeXml(mark.author)}"${mark.date ? ` w:date="${escapeXml(mark.date)}"` : ''}`;
}

function textRuns(text: string, deleted: boolean): string {
  const t = deleted ? 'w:delText' : 'w:t';
  return text
    .split(/(\t|\n)/)
    .filter(Boolean)
    .map((part) => (part === '\t' ? '<w:r><w:tab/></w:r>' : part === '\n' ? '<w:r><w:br/></w:r>' : `<w:r><${t} xml:space="preserve">${escapeXml(part)}</${t}></w:r>`))
    .join('');
}

function runXml(run: ReviewRun, ids: Ids): string {
  const change = run.change;
  const element = change ? ELEMENT[change.kind] : undefined;
  const deleted = change?.kind === 'delete' || change?.kind === 'move-from';
  const inner = textRuns(run.text, deleted);
  if (!change || !element) return inner;
  return `<w:${element} ${attrs(change, ids.of(`c${change.kind}${change.id}`))}>${inner}</w:${element}>`;
}

function paragraphProps(p: ReviewParagraph, ids: Ids): string {
  const style = p.style ? `<w:pStyle w:val="${escapeXml(p.style)}"/>` : '';
  const markElement = p.mark ? ELEMENT[p.mark.kind] : undefined;
  const mark = p.mark && markElement ? `<w:rPr><w:${markElement} ${attrs(p.mark, ids.of(`m${p.mark.kind}${p.mark.id}`))}/></w:rPr>` : '';
  const before = p.props?.detail && p.props.detail !== 'Normal' ? `<w:pStyle w:val="${escapeXml(p.props.detail)}"/>` : '';
  const change = p.props ? `<w:pPrChange ${attrs(p.props, ids.of(`p${p.props.id}`))}><w:pPr>${before}</w:pPr></w:pPrChange>` : '';
  return style || mark || change ? `<w:pPr>${style}${mark}${change}</w:pPr>` : '';
}

/** document.xml's body: comment ranges open and close where the runs' comment ids change. */
function bodyXml(doc: ReviewedDocx, commentIds: Map<string, number>, ids: Ids): string {
  const open = new Set<string>();
  // A reply shares the range of the comment it answers, as Word writes threads.
  const replies = new Map<string, string[]>();
  for (const c of doc.comments) if (c.parentId !== undefined) replies.set(c.parentId, [...(replies.get(c.parentId) ?? []), c.id]);
  const placed = new Set(doc.paragraphs.flatMap((p) => [...p.runs.flatMap((r) => r.comments), ...p.pointComments]));
  const withReplies = (ids: readonly string[]) => ids.flatMap((id) => [id, ...(replies.get(id) ?? []).filter((r) => !placed.has(r))]).filter((id) => commentIds.has(id));
  const close = (keep: Set<string>) => {
    let out = '';
    for (const id of [...open]) {
      if (keep.has(id)) continue;
      const n = commentIds.get(id);
      out += `<w:commentRangeEnd w:id="${n}"/><w:r><w:commentReference w:id="${n}"/></w:r>`;
      open.delete(id);
    }
    return out;
  };
  const paragraphs = doc.paragraphs.map((p, k) => {
    let xml = `<w:p>${paragraphProps(p, ids)}`;
    for (const run of p.runs) {
      const here = new Set(withReplies(run.comments));
      xml += close(here);
      for (const id of here) {
        if (open.has(id)) continue;
        xml += `<w:commentRangeStart w:id="${commentIds.get(id)}"/>`;
        open.add(id);
      }
      xml += runXml(run, ids);
    }
    for (const id of withReplies(p.pointComments)) xml += `<w:r><w:commentReference w:id="${commentIds.get(id)}"/></w:r>`;
    // A range left open at the end of the document closes in its last paragraph.
    if (k === doc.paragraphs.length - 1) xml += close(new Set());
    return `${xml}</w:p>`;
  });
  return paragraphs.join('');
}

/** An 8-digit paraId below 0x80000000, as Word requires, from the comment's index. */
const paraId = (index: number) => (0x10000000 + index).toString(16).toUpperCase();

function commentsXml(comments: readonly DocxComment[], commentIds: Map<string, number>): string {
  const body = comments
    .map((c, k) => {
      const paragraphs = c.text.split('\n');
      const ps = paragraphs
        .map((text, i) => {
          const id = i === paragraphs.length - 1 ? ` w14:paraId="${paraId(k)}"` : '';
          const ref = i === 0 ? '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' : '';
          return `<w:p${id}><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>${ref}${textRuns(text, false)}</w:p>`;
        })
        .join('');
      const date = c.date ? ` w:date="${escapeXml(c.date)}"` : '';
      const initials = c.initials ? ` w:initials="${escapeXml(c.initials)}"` : '';
      return `<w:comment w:id="${commentIds.get(c.id)}" w:author="${escapeXml(c.author)}"${date}${initials}>${ps}</w:comment>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}" xmlns:w14="${W14}">${body}</w:comments>`;
}

function commentsExtendedXml(comments: readonly DocxComment[]): string {
  const index = new Map(comments.map((c, k) => [c.id, k]));
  const body = comments
    .map((c, k) => {
      const parent = c.parentId !== undefined ? index.get(c.parentId) : undefined;
      return `<w15:commentEx w15:paraId="${paraId(k)}"${parent !== undefined ? ` w15:paraIdParent="${paraId(parent)}"` : ''} w15:done="${c.resolved ? 1 : 0}"/>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx xmlns:w15="${W15}">${body}</w15:commentsEx>`;
}

function peopleXml(people: readonly string[]): string {
  const body = people.map((name) => `<w15:person w15:author="${escapeXml(name)}"><w15:presenceInfo w15:providerId="None" w15:userId="${escapeXml(name)}"/></w15:person>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:people xmlns:w15="${W15}">${body}</w15:people>`;
}

/** Paragraph styles a Concord draft uses, so Word shows titles and headings as such. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>${[1, 2, 3]
  .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`)
  .join('')}<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style></w:styles>`;

/** Writes the reviewed document as a .docx with real tracked changes and comments. */
export async function reviewedDocxBytes(doc: ReviewedDocx): Promise<Uint8Array> {
  const ids = new Ids();
  const commentIds = new Map(doc.comments.map((c, k) => [c.id, k]));
  const hasComments = doc.comments.length > 0;
  const people = [...new Set([...doc.people, ...doc.comments.map((c) => c.author)])].filter(Boolean);
  const overrides = [
    ['/word/document.xml', `${WML}.document.main+xml`],
    ['/word/styles.xml', `${WML}.styles+xml`],
    ['/word/settings.xml', `${WML}.settings+xml`],
    ...(hasComments ? [['/word/comments.xml', `${WML}.comments+xml`], ['/word/commentsExtended.xml', `${WML}.commentsExtended+xml`]] : []),
    ...(people.length ? [['/word/people.xml', `${WML}.people+xml`]] : []),
  ];
  const rels = [
    ['styles', `${REL}/styles`, 'styles.xml'],
    ['settings', `${REL}/settings`, 'settings.xml'],
    ...(hasComments ? [['comments', `${REL}/comments`, 'comments.xml'], ['commentsExtended', `${REL_MS}/commentsExtended`, 'commentsExtended.xml']] : []),
    ...(people.length ? [['people', `${REL_MS}/people`, 'people.xml']] : []),
  ];
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')}</Types>`,
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`);
  // trackRevisions: edits made in Word on top of these suggestions are tracked too.
  zip.file('word/settings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W}"><w:trackRevisions/></w:settings>`);
  zip.file('word/styles.xml', STYLES);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${bodyXml(doc, commentIds, ids)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
  if (hasComments) {
    zip.file('word/comments.xml', commentsXml(doc.comments, commentIds));
    zip.file('word/commentsExtended.xml', commentsExtendedXml(doc.comments));
  }
  if (people.length) zip.file('word/people.xml', peopleXml(people));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
