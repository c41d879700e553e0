/**
 * Akoma Ntoso 3.0 export (OASIS LegalDocML): the declaration as a `statement`, with minimal FRBR
 * identification, the title in the preface, preamble paragraphs, operative paragraphs in
 * mainBody (sub-items as points, headings as hcontainers), footnotes as authorial notes at their
 * markers, and parties and signature in the conclusions. Every text is escaped.
 */
import type { Block, Declaration } from '../model';
import { splitAtMarkers } from './footnote-marker';
import { escapeXml } from './xml';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Options for the FRBR identification. */
export interface AknOptions {
  /** FRBR country or jurisdiction code; "un" suits multilateral texts. */
  country?: string;
  /** ISO 639-2 language of the text. */
  language?: string;
}

const attr = (value: string) => `"${escapeXml(value)}"`;

/** A name usable in an AKN URI or eId: lower case, letters, digits and dashes. */
function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'declaration'
  );
}

/** Gives every element a unique eId, made from its kind and number as AKN's naming convention does. */
function eIdMaker() {
  const used = new Set<string>();
  return (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return id;
  };
}

/** Writes a declaration as Akoma Ntoso XML. */
export function declarationToAkn(decl: Declaration, opts: AknOptions = {}): string {
  const country = opts.country ?? 'un';
  const language = opts.language ?? 'eng';
  const date = decl.date ?? '0001-01-01';
  const dateName = decl.date ? 'adoption' : 'unknown';
  const work = `/akn/${country}/statement/declaration/${date}/${slug(decl.title)}`;
  const expression = `${work}/${language}@`;
  const eId = eIdMaker();
  const notes = decl.blocks.filter((b) => b.kind === 'footnote');
  let noteCount = 0;

  /** A block's text with its footnotes placed as authorial notes at their markers. */
  const inline = (block: Block): string => {
    const own = notes.filter((n) => n.anchorBlockId === block.id && n.marker);
    const { pieces, found, missing } = splitAtMarkers(block.text, own.map((n) => n.marker ?? ''));
    const note = (marker: string) => {
      const text = own.find((n) => n.marker === marker)?.text ?? '';
      return `<authorialNote marker=${attr(marker)} placement="bottom" eId=${attr(eId(`authorialNote_${++noteCount}`))}><p>${escapeXml(text)}</p></authorialNote>`;
    };
    let out = '';
    pieces.forEach((piece, i) => {
      out += escapeXml(piece);
      const marker = found[i];
      if (marker !== undefined) out += note(marker);
    });
    return out + missing.map(note).join('');
  };
  const lines = (block: Block) => inline(block).split('\n');

  const preface: string[] = [];
  const preamble: string[] = [];
  const body: string[] = [];
  const conclusions: string[] = [];
  // Open hcontainers (headings) by level, and the paragraph that points are added to.
  const open: { level: number; eId: string }[] = [];
  let paragraph: { eId: string; num?: string; intro: string; points: string[] } | undefined;

  const closeParagraph = () => {
    if (!paragraph) return;
    const num = paragraph.num === undefined ? '' : `<num>${escapeXml(paragraph.num)}</num>`;
    body.push(
      paragraph.points.length
        ? `<paragraph eId=${attr(paragraph.eId)}>${num}<intro><p>${paragraph.intro}</p></intro>${paragraph.points.join('')}</paragraph>`
        : `<paragraph eId=${attr(paragraph.eId)}>${num}<content><p>${paragraph.intro}</p></content></paragraph>`,
    );
    paragraph = undefined;
  };
  const closeHeadings = (level: number) => {
    closeParagraph();
    while (open.length && (open[open.length - 1]?.level ?? 0) >= level) {
      open.pop();
      body.push('</hcontainer>');
    }
  };
  const numberKey = (block: Block, fallback: number) => slug(block.number?.raw.replace(/[^\w]/g, '') || String(fallback));

  decl.blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'title':
        preface.push(`<p class="title"><docTitle>${inline(block)}</docTitle></p>`);
        break;
      case 'meta':
        preface.push(...lines(block).map((l) => `<p class="meta">${l}</p>`));
        break;
      case 'preamble':
        preamble.push(`<p>${inline(block)}</p>`);
        break;
      case 'heading': {
        closeHeadings(block.level);
        const id = eId(`hcontainer_${numberKey(block, index + 1)}`);
        open.push({ level: block.level, eId: id });
        const num = block.number ? `<num>${escapeXml(block.number.raw)}</num>` : '';
        body.push(`<hcontainer eId=${attr(id)} name="section">${num}<heading>${inline(block)}</heading>`);
        break;
      }
      case 'paragraph':
        closeParagraph();
        paragraph = { eId: eId(`para_${numberKey(block, index + 1)}`), intro: inline(block), points: [] };
        if (block.number) paragraph.num = block.number.raw;
        break;
      case 'subitem': {
        const num = block.number ? `<num>${escapeXml(block.number.raw)}</num>` : '';
        const content = `<content><p>${inline(block)}</p></content>`;
        if (paragraph) {
          const id = eId(`${paragraph.eId}__point_${numberKey(block, paragraph.points.length + 1)}`);
          paragraph.points.push(`<point eId=${attr(id)}>${num}${content}</point>`);
        } else {
          body.push(`<paragraph eId=${attr(eId(`para_${numberKey(block, index + 1)}`))}>${num}${content}</paragraph>`);
        }
        break;
      }
      case 'parties': {
        const names = block.parties.length ? block.parties : block.text.split('\n').filter((l) => l.trim());
        const party = (name: string) => `<p><party refersTo=${attr(`#${slug(name)}`)}>${escapeXml(name)}</party></p>`;
        conclusions.push(`<container eId=${attr(eId('container_parties'))} name="parties">${names.map(party).join('')}</container>`);
        break;
      }
      case 'signature':
        conclusions.push(`<container eId=${attr(eId('container_signature'))} name="signature">${lines(block).map((l) => `<p>${l}</p>`).join('')}</container>`);
        break;
      case 'footnote':
        break;
    }
  });
  closeHeadings(0);

  const frbr = (level: 'FRBRWork' | 'FRBRExpression' | 'FRBRManifestation', uri: string, extra: string) =>
    `<${level}><FRBRthis value=${attr(`${uri}/!main`)}/><FRBRuri value=${attr(uri)}/><FRBRdate date=${attr(date)} name=${attr(dateName)}/><FRBRauthor href="#concord"/>${extra}</${level}>`;
  const meta =
    `<meta><identification source="#concord">` +
    frbr('FRBRWork', work, `<FRBRcountry value=${attr(country)}/>`) +
    frbr('FRBRExpression', expression, `<FRBRlanguage language=${attr(language)}/>`) +
    frbr('FRBRManifestation', `${expression}.akn`, '') +
    `</identification><references source="#concord"><TLCOrganization eId="concord" href="/ontology/organization/concord" showAs="Concord"/></references></meta>`;

  const section = (name: string, parts: string[]) => (parts.length ? `<${name}>${parts.join('')}</${name}>` : '');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="${AKN_NAMESPACE}"><statement name="declaration">` +
    meta +
    section('preface', preface) +
    section('preamble', preamble) +
    `<mainBody>${body.length ? body.join('') : '<p/>'}</mainBody>` +
    section('conclusions', conclusions) +
    `</statement></akomaNtoso>\n`
  );
}
