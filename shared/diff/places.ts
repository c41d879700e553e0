/**
 * Names every block of a declaration the way its readers cite it, from the document's own
 * numbers: "preamble 2", "OP 3" (a resolution's operative paragraphs), "para 14 (a)",
 * "Art. 4.2", a heading by its text, "footnote *". Never a block index: an unnumbered
 * paragraph is counted within its section ("“Trade” para 2").
 */
import type { Block } from '../model';

const ARTICLE = /^(?:article|art\.)\s+(\d+[a-z]?)/iu;
const HEADING_CHARS = 32;

/** The number as cited: "3." → "3", "IV." → "IV", "(a)" stays "(a)". */
function cited(raw: string): string {
  const n = raw.trim();
  return /^\(.*\)$/u.test(n) ? n : n.replace(/[.):]+$/u, '');
}

function quoted(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return `“${flat.length > HEADING_CHARS ? `${flat.slice(0, HEADING_CHARS - 1)}…` : flat}”`;
}

type PlacedBlock = Pick<Block, 'kind' | 'text' | 'number' | 'marker'>;

/**
 * One place name per block, in order. Where numbering restarts in each section, so that "OP 3"
 * would name two paragraphs, the section's heading goes in front: "“Trade” para 3".
 */
export function blockPlaces(blocks: readonly PlacedBlock[]): string[] {
  const { names, sections } = basePlaces(blocks);
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return names.map((n, k) => {
    const section = sections[k];
    return (count.get(n) ?? 0) > 1 && section && !n.startsWith(section) ? `${section} ${n}` : n;
  });
}

function basePlaces(blocks: readonly PlacedBlock[]): { names: string[]; sections: (string | undefined)[] } {
  const sections: (string | undefined)[] = [];
  // Resolutions (a preamble, then numbered operative paragraphs) cite "OP 3"; others "para 3".
  const hasPreamble = blocks.some((b) => b.kind === 'preamble');
  const paragraphWord = hasPreamble ? 'OP' : 'para';
  let preamble = 0;
  let article: string | undefined;
  let heading: string | undefined;
  let unnumbered = 0;
  let parent: string | undefined;
  let subitems = 0;
  const names = blocks.map((b) => {
    sections.push(b.kind === 'heading' ? undefined : heading);
    const raw = b.number?.raw;
    switch (b.kind) {
      case 'title':
        return 'title';
      case 'meta':
        return 'heading note';
      case 'preamble':
        preamble++;
        return `preamble ${preamble}`;
      case 'heading': {
        const articleNumber = ARTICLE.exec(`${raw ?? ''} ${b.text}`.trim())?.[1];
        article = articleNumber;
        heading = articleNumber ? `Art. ${articleNumber}` : quoted(`${raw ? `${raw} ` : ''}${b.text}`);
        unnumbered = 0;
        parent = undefined;
        return heading;
      }
      case 'paragraph': {
        subitems = 0;
        if (raw) {
          const n = cited(raw);
          parent = article ? `Art. ${article}.${n}` : `${paragraphWord} ${n}`;
          return parent;
        }
        unnumbered++;
        parent = `${heading ? `${heading} ` : ''}para ${unnumbered}`;
        return parent;
      }
      case 'subitem': {
        subitems++;
        const own = raw ? cited(raw) : `(${subitems})`;
        return parent ? `${parent} ${own}` : `item ${own}`;
      }
      case 'footnote':
        return `footnote ${b.marker ?? (raw ? cited(raw) : '')}`.trim();
      case 'parties':
        return 'parties';
      case 'signature':
        return 'signature';
    }
    return 'text';
  });
  return { names, sections };
}
