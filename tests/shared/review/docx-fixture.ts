import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MS = 'http://schemas.microsoft.com/office/2011/relationships';

/** A small Word file of our own: a body and, optionally, comments, their threads and people. */
export async function reviewDocx(body: string, parts: { comments?: string; extended?: string; people?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  const rels = [
    parts.comments ? `<Relationship Id="c" Type="${REL}/comments" Target="comments.xml"/>` : '',
    parts.extended ? `<Relationship Id="x" Type="${MS}/commentsExtended" Target="commentsExtended.xml"/>` : '',
    parts.people ? `<Relationship Id="p" Type="${MS}/people" Target="people.xml"/>` : '',
  ].join('');
  zip.file('word/_rels/document.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  zip.file('word/document.xml', `<w:document ${W}><w:body>${body}</w:body></w:document>`);
  if (parts.comments) zip.file('word/comments.xml', `<w:comments ${W}>${parts.comments}</w:comments>`);
  if (parts.extended) zip.file('word/commentsExtended.xml', `<w15:commentsEx ${W}>${parts.extended}</w15:commentsEx>`);
  if (parts.people) zip.file('word/people.xml', `<w15:people ${W}>${parts.people}</w15:people>`);
  return zip.generateAsync({ type: 'uint8array' });
}

export const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
export const dr = (text: string) => `<w:r><w:delText xml:space="preserve">${text}</w:delText></w:r>`;
export const by = (id: number, author: string, date = '2026-05-01T10:00:00Z') => `w:id="${id}" w:author="${author}" w:date="${date}"`;
