/**
 * Akoma Ntoso 3.0 export (OASIS LegalDocML): the declaration as a `statement`. FRBR
 * identification from the declaration's own date and origin; the title in the preface; preamble
 * paragraphs; the operative part in mainBody, with "Article N" headings as articles, other
 * headings as hcontainers, paragraphs named by their own numbers ("para_14", "art_2__para_1"),
 * sub-items nested as points ((i) inside (a)); footnotes as authorial notes where they are cited;
 * the parties where the source has them, each party with its TLC entry; the signature in the
 * conclusions. Every text is escaped.
 */
import type { Block, Declaration } from '../model';
import { visibleNumber } from './bullets';
import { writeRuns, type RunMarkup } from './inline-runs';
import { piecesAtCalls, placeNotes } from './note-places';
import { escapeXml } from './xml';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Options for the FRBR identification. */
export interface AknOptions {
  /** FRBR country or jurisdiction code; by default read from the declaration's origin (its UN symbol, its source address). */
  country?: string;
  /** ISO 639-2 language of the text. */
  language?: string;
}

const attr = (value: string) => `"${escapeXml(value)}"`;

/** A name usable in an AKN URI or eId: lower case, letters, digits and dashes. */
function slug(text: string, fallback = 'declaration'): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || fallback
  );
}

/** Country-code domains that are not the country's own code. */
const DOMAIN_COUNTRY: Record<string, string> = { uk: 'gb', gov: 'us', mil: 'us' };

/**
 * The FRBR country of a declaration, from what its metadata says about where it comes from: a
 * UN document symbol ("A/RES/80/3") or a UN address is "un"; otherwise the country of the source
 * address's domain ("...gov.cn" is "cn", a ".gov" address "us"). "un" where nothing says more.
 */
export function frbrCountry(decl: Declaration): string {
  const detail = (name: string) => decl.details?.find((d) => d.name.toLowerCase() === name)?.value;
  if (/^(A|S|E|ST|UNEP|FCCC)\/\S+/.test(detail('symbol') ?? '')) return 'un';
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(detail('source') ?? '')?.[1]?.toLowerCase();
  if (host) {
    if (/(^|\.)(un|unfccc|who|wto|ilo|unesco)\.(org|int)$/.test(host)) return 'un';
    const top = host.split('.').pop() ?? '';
    if (DOMAIN_COUNTRY[top]) return DOMAIN_COUNTRY[top];
    if (/^[a-z]{2}$/.test(top) && top !== 'eu') return top;
    if (top === 'eu' || top === 'europa') return 'eu';
  }
  return 'un';
}

/** An "Article N" heading: by its number's style, or by a heading text that is only that. */
function articleNumber(block: Block): string | undefined {
  if (block.kind !== 'heading') return undefined;
  if (block.number?.style === 'article') return block.number.raw;
  return /^Article\s+\S+$/i.exec(block.text.trim())?.[0];
}

/** The part of a number that names an element: "14." is "14", "Article 2" is "2", "(a)" is "a". */
function numberKey(raw: string): string {
  return slug(visibleNumber(raw).replace(/^article\s+/i, '').replace(/[.()]/g, ' '), 'x');
}

/** A hierarchy element while the body is built: its XML start, its own content and its children. */
interface Node {
  tag: 'article' | 'hcontainer' | 'paragraph' | 'point';
  eId: string;
  /** For headings the nesting level, for points the sub-item depth, 0 for paragraphs. */
  level: number;
  head: string;
  text?: string;
  /** Child elements, or XML already written (a parties list). */
  children: (Node | string)[];
  /** Unnumbered children so far, to name them apart from the numbered ones ("para_u1"). */
  unnumbered: number;
}

function nodeXml(n: Node | string): string {
  if (typeof n === 'string') return n;
  const open = `<${n.tag} eId=${attr(n.eId)}${n.tag === 'hcontainer' ? ' name="section"' : ''}>`;
  if (n.children.length) {
    const intro = n.text === undefined ? '' : `<intro><p>${n.text}</p></intro>`;
    return `${open}${n.head}${intro}${n.children.map(nodeXml).join('')}</${n.tag}>`;
  }
  return `${open}${n.head}<content><p>${n.text ?? ''}</p></content></${n.tag}>`;
}

/** Akoma Ntoso's way of writing emphasis and links: <i>, <b>, <a>, line ends as <eol/>. */
const AKN_MARKUP: RunMarkup = {
  text: (t) => escapeXml(t).replace(/\n/g, '<eol/>'),
  italic: (inner) => `<i>${inner}</i>`,
  bold: (inner) => `<b>${inner}</b>`,
  link: (inner, href) => `<a href=${attr(href)}>${inner}</a>`,
};

const markedXml = (block: Pick<Block, 'text' | 'marks'>, start: number, end: number) => writeRuns(block, start, end, AKN_MARKUP);

/** Writes a declaration as Akoma Ntoso XML. */
export function declarationToAkn(decl: Declaration, opts: AknOptions = {}): string {
  const country = opts.country ?? frbrCountry(decl);
  const language = opts.language ?? 'eng';
  const date = decl.date ?? '0001-01-01';
  const dateName = decl.date ? 'adoption' : 'unknown';
  const work = `/akn/${country}/statement/declaration/${date}/${slug(decl.title)}`;
  const expression = `${work}/${language}@`;
  const places = placeNotes(decl.blocks);
  const used = new Set<string>();
  const eId = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return id;
  };
  let noteCount = 0;

  /** A block's text with its footnotes as authorial notes where they are cited. */
  const inline = (block: Block): string =>
    piecesAtCalls(block.text, places.calls.get(block.id) ?? [])
      .map(({ start, end, call }) => {
        const text = markedXml(block, start, end);
        if (!call) return text;
        const marker = call.note.marker ?? '*';
        return `${text}<authorialNote marker=${attr(marker)} placement="bottom" eId=${attr(eId(`authorialNote_${++noteCount}`))}><p>${markedXml(call.note, 0, call.note.text.length)}</p></authorialNote>`;
      })
      .join('');

  const parties = new Map<string, string>();
  const partyIds = new Map<string, string>();
  /** One TLC id per party name; two names with one slug ("Côte d'Ivoire", "Cote d Ivoire") get -2, -3. */
  const partyId = (name: string): string => {
    const known = partyIds.get(name);
    if (known) return known;
    const base = `party-${slug(name, 'party')}`;
    let id = base;
    for (let n = 2; parties.has(id); n++) id = `${base}-${n}`;
    partyIds.set(name, id);
    parties.set(id, name);
    return id;
  };
  const partiesXml = (block: Block, tag: 'container' | 'hcontainer') => {
    const names = block.parties.length ? block.parties : block.text.split('\n').filter((l) => l.trim());
    const party = (name: string) => {
      const id = partyId(name);
      return `<p><party refersTo=${attr(`#${id}`)}>${escapeXml(name)}</party></p>`;
    };
    const id = attr(eId(tag === 'container' ? 'container_parties' : 'hcontainer_parties'));
    return tag === 'container'
      ? `<container eId=${id} name="parties">${names.map(party).join('')}</container>`
      : `<hcontainer eId=${id} name="parties"><content>${names.map(party).join('')}</content></hcontainer>`;
  };

  const preface: string[] = [];
  const preamble: string[] = [];
  const conclusions: string[] = [];
  const body: (Node | string)[] = [];
  // The open hierarchy: headings, then the paragraph, then its points, innermost last.
  const stack: Node[] = [];
  let topUnnumbered = 0;
  const lastBody = decl.blocks.reduce((last, b, i) => (['heading', 'paragraph', 'subitem'].includes(b.kind) ? i : last), -1);

  const add = (node: Node) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else body.push(node);
    stack.push(node);
  };
  const closeTo = (keep: (n: Node) => boolean) => {
    while (stack.length && !keep(stack[stack.length - 1] as Node)) stack.pop();
  };
  const prefix = () => {
    const parent = stack[stack.length - 1];
    return parent ? `${parent.eId}__` : '';
  };
  const childName = (kind: 'para' | 'point', block: Block) => {
    if (block.number) return `${prefix()}${kind}_${numberKey(block.number.raw)}`;
    const parent = stack[stack.length - 1];
    const n = parent ? ++parent.unnumbered : ++topUnnumbered;
    return `${prefix()}${kind}_u${n}`;
  };
  const num = (block: Block) => (block.number ? `<num>${escapeXml(visibleNumber(block.number.raw))}</num>` : '');

  decl.blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'title':
        preface.push(`<p class="title"><docTitle>${inline(block)}</docTitle></p>`);
        break;
      case 'meta':
        preface.push(...inline(block).split('<eol/>').map((l) => `<p class="meta">${l}</p>`));
        break;
      case 'preamble':
        preamble.push(`<p>${inline(block)}</p>`);
        break;
      case 'heading': {
        closeTo((n) => (n.tag === 'article' || n.tag === 'hcontainer') && n.level < block.level);
        const article = articleNumber(block);
        if (article !== undefined) {
          const heading = article === block.text.trim() ? '' : `<heading>${inline(block)}</heading>`;
          const numText = block.number ? num(block) : `<num>${escapeXml(article)}</num>`;
          add({ tag: 'article', eId: eId(`${prefix()}art_${numberKey(article)}`), level: block.level, head: `${numText}${heading}`, children: [], unnumbered: 0 });
        } else {
          const key = block.number ? numberKey(block.number.raw) : String(index + 1);
          add({ tag: 'hcontainer', eId: eId(`${prefix()}hcontainer_${key}`), level: block.level, head: `${num(block)}<heading>${inline(block)}</heading>`, children: [], unnumbered: 0 });
        }
        break;
      }
      case 'paragraph':
        closeTo((n) => n.tag === 'article' || n.tag === 'hcontainer');
        add({ tag: 'paragraph', eId: eId(childName('para', block)), level: 0, head: num(block), text: inline(block), children: [], unnumbered: 0 });
        break;
      case 'subitem': {
        // (i) at depth 2 goes inside the (a) at depth 1 before it; (b) closes (a)'s points.
        closeTo((n) => n.tag !== 'point' || n.level < block.level);
        const inside = stack.length > 0;
        const tag = inside ? 'point' : 'paragraph';
        add({ tag, eId: eId(childName(inside ? 'point' : 'para', block)), level: block.level, head: num(block), text: inline(block), children: [], unnumbered: 0 });
        break;
      }
      case 'parties':
        // Where the source has the list: before the operative part, inside it, or after it.
        if (lastBody < 0 || index > lastBody) conclusions.push(partiesXml(block, 'container'));
        else if (!body.length && !stack.length) preamble.push(partiesXml(block, 'container'));
        else {
          closeTo((n) => n.tag === 'article' || n.tag === 'hcontainer');
          const parent = stack[stack.length - 1];
          (parent ? parent.children : body).push(partiesXml(block, 'hcontainer'));
        }
        break;
      case 'signature':
        conclusions.push(`<container eId=${attr(eId('container_signature'))} name="signature">${inline(block).split('<eol/>').map((l) => `<p>${l}</p>`).join('')}</container>`);
        break;
      case 'footnote':
        break;
    }
  });
  // Notes with no reference in the text stay with the document, after it.
  if (places.uncited.length) {
    const notes = places.uncited.map((n) => `<p><sup>${escapeXml(n.marker ?? '*')}</sup> ${escapeXml(n.text)}</p>`).join('');
    conclusions.push(`<container eId=${attr(eId('container_notes'))} name="notes">${notes}</container>`);
  }

  const frbr = (level: 'FRBRWork' | 'FRBRExpression' | 'FRBRManifestation', uri: string, extra: string) =>
    `<${level}><FRBRthis value=${attr(`${uri}/!main`)}/><FRBRuri value=${attr(uri)}/><FRBRdate date=${attr(date)} name=${attr(dateName)}/><FRBRauthor href="#concord"/>${extra}</${level}>`;
  const tlc = [...parties].map(([id, name]) => `<TLCOrganization eId=${attr(id)} href=${attr(`/ontology/organization/${id.replace(/^party-/, '')}`)} showAs=${attr(name)}/>`).join('');
  const meta =
    `<meta><identification source="#concord">` +
    frbr('FRBRWork', work, `<FRBRcountry value=${attr(country)}/>`) +
    frbr('FRBRExpression', expression, `<FRBRlanguage language=${attr(language)}/>`) +
    frbr('FRBRManifestation', `${expression}.akn`, '') +
    `</identification><references source="#concord"><TLCOrganization eId="concord" href="/ontology/organization/concord" showAs="Concord"/>${tlc}</references></meta>`;

  const section = (name: string, parts: string[]) => (parts.length ? `<${name}>${parts.join('')}</${name}>` : '');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="${AKN_NAMESPACE}"><statement name="declaration">` +
    meta +
    section('preface', preface) +
    section('preamble', preamble) +
    `<mainBody>${body.length ? body.map(nodeXml).join('') : '<p/>'}</mainBody>` +
    section('conclusions', conclusions) +
    `</statement></akomaNtoso>\n`
  );
}
