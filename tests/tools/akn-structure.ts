/**
 * The structural rules of the OASIS Akoma Ntoso 3.0 schema (akomantoso30.xsd) that Concord's
 * export uses, checked on a parsed document: the schema itself could not be committed here (see
 * the issue-18 note), so these rules are written from its content models: `openStructure` for the
 * statement, `hierarchy` for articles, paragraphs, points and hcontainers, the FRBR core
 * properties, and ID references resolved against the TLC entries. Returns the problems found.
 */
import { childElements, type XmlElement } from '../../shared/formats/xml';

const STATEMENT = ['meta', 'coverPage', 'preface', 'preamble', 'mainBody', 'conclusions', 'attachments', 'components'];
const HIER = new Set(['article', 'paragraph', 'point', 'hcontainer', 'section', 'chapter', 'part', 'list', 'subparagraph']);
const BLOCKS = new Set(['p', 'ul', 'ol', 'table', 'blockList', 'blockContainer', 'tblock', 'toc', 'foreign', 'block']);
const CORE = ['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor'];

function walk(el: XmlElement, visit: (el: XmlElement, parent: XmlElement | undefined) => void, parent?: XmlElement) {
  visit(el, parent);
  for (const c of childElements(el)) walk(c, visit, el);
}

/** True when `names` is a subsequence of `order` (each at most once, in that order). */
function inOrder(names: string[], order: string[]): boolean {
  let at = 0;
  for (const n of names) {
    const i = order.indexOf(n, at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

export function aknProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const names = (el: XmlElement) => childElements(el).map((c) => c.name);
  if (root.name !== 'akomaNtoso' || root.attrs['xmlns'] !== 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0') problems.push('root is not akomaNtoso in the AKN 3.0 namespace');
  const statement = childElements(root)[0];
  if (!statement || statement.name !== 'statement' || childElements(root).length !== 1) return [...problems, 'the document is not one statement'];
  const parts = names(statement);
  if (parts[0] !== 'meta' || !parts.includes('mainBody') || !inOrder(parts, STATEMENT)) problems.push(`statement parts out of schema order: ${parts.join(', ')}`);

  // FRBR identification.
  const meta = childElements(statement, 'meta')[0];
  const identification = meta && childElements(meta, 'identification')[0];
  if (!identification?.attrs['source']) problems.push('meta has no identification with a source');
  else {
    const levels = names(identification);
    if (!inOrder(levels, ['FRBRWork', 'FRBRExpression', 'FRBRManifestation', 'FRBRItem']) || levels.length < 3) problems.push(`identification levels: ${levels.join(', ')}`);
    for (const level of childElements(identification)) {
      const props = names(level);
      if (props.slice(0, 4).join() !== CORE.join()) problems.push(`${level.name} core properties: ${props.join(', ')}`);
      const date = childElements(level, 'FRBRdate')[0];
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date?.attrs['date'] ?? '') || !date?.attrs['name']) problems.push(`${level.name} FRBRdate is not an xsd:date with a name`);
    }
    if (!names(childElements(identification, 'FRBRWork')[0] as XmlElement).includes('FRBRcountry')) problems.push('FRBRWork has no FRBRcountry');
    if (!names(childElements(identification, 'FRBRExpression')[0] as XmlElement).includes('FRBRlanguage')) problems.push('FRBRExpression has no FRBRlanguage');
  }

  // Ids, references and hierarchy content models.
  const ids = new Map<string, XmlElement>();
  const refs: string[] = [];
  walk(root, (el, parent) => {
    const id = el.attrs['eId'];
    if (id !== undefined) {
      if (!/^\S+$/.test(id)) problems.push(`eId "${id}" has white space`);
      if (ids.has(id)) problems.push(`eId "${id}" is used twice`);
      ids.set(id, el);
    }
    for (const name of ['refersTo', 'href', 'source']) {
      const value = el.attrs[name];
      if (value?.startsWith('#')) refs.push(...value.split(/\s+/).map((v) => v.slice(1)));
    }
    if (HIER.has(el.name)) {
      const kids = names(el);
      if (!el.attrs['eId']) problems.push(`${el.name} without an eId`);
      if (el.name === 'hcontainer' && !el.attrs['name']) problems.push('hcontainer without a name');
      let i = 0;
      if (kids[i] === 'num') i++;
      if (kids[i] === 'heading') i++;
      if (kids[i] === 'subheading') i++;
      const rest = kids.slice(i);
      const leaf = rest.length === 1 && rest[0] === 'content';
      const inner = rest.filter((k, j) => !(j === 0 && k === 'intro') && !(j === rest.length - 1 && k === 'wrapUp'));
      const branch = inner.length > 0 && inner.every((k) => HIER.has(k));
      if (!leaf && !branch) problems.push(`${el.name} ${el.attrs['eId'] ?? ''} has ${kids.join(', ')}: neither content nor sub-elements`);
      if (el.children.some((c) => typeof c === 'string' && c.trim())) problems.push(`${el.name} ${el.attrs['eId'] ?? ''} holds bare text`);
    }
    if (el.name === 'mainBody') for (const k of names(el)) if (!HIER.has(k) && !BLOCKS.has(k) && k !== 'container') problems.push(`mainBody holds ${k}`);
    if (['preface', 'preamble', 'conclusions'].includes(el.name)) for (const k of names(el)) if (!BLOCKS.has(k) && !['container', 'formula', 'longTitle', 'recitals', 'citations'].includes(k)) problems.push(`${el.name} holds ${k}`);
    if (el.name === 'content' || el.name === 'intro' || el.name === 'authorialNote') for (const k of names(el)) if (!BLOCKS.has(k)) problems.push(`${el.name} holds ${k}`);
    if (['party', 'docTitle', 'authorialNote'].includes(el.name) && !parent) problems.push(`${el.name} outside any element`);
  });
  const tlc = new Set(
    [...ids].filter(([, el]) => /^TLC/.test(el.name) && el.attrs['href'] && el.attrs['showAs']).map(([id]) => id),
  );
  for (const ref of refs) if (!tlc.has(ref) && !ids.has(ref)) problems.push(`reference #${ref} has no TLC entry`);
  for (const ref of refs) if (ids.has(ref) && !tlc.has(ref) && ref !== '' && /^TLC/.test(ids.get(ref)?.name ?? 'x')) problems.push(`TLC entry ${ref} lacks href or showAs`);
  return problems;
}
