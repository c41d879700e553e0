/**
 * Front matter: the YAML block (`---` ... `---`) that converters and static sites put on top
 * of a Markdown file. It is the file's metadata, not the declaration's text: its title, date,
 * source address and UN symbol become the declaration's facts and details, and the block itself
 * is removed and reported like any other debris.
 */
import { parse } from 'yaml';
import type { DocumentDetail } from '../model';

/** What the front matter said, and how long it is (it always starts at offset 0). */
export interface FrontMatter {
  end: number;
  title?: string;
  /** ISO yyyy-mm-dd. */
  date?: string;
  details: DocumentDetail[];
}

/** The keys worth showing, in the order shown, with the name a reader knows them by. */
const SHOWN: [string, string][] = [
  ['symbol', 'Symbol'],
  ['source_url', 'Source'],
  ['source_pdf', 'Source'],
  ['url', 'Source'],
  ['permalink', 'Source'],
  ['subtitle', 'Subtitle'],
  ['published_time', 'Published'],
  ['modified_time', 'Modified'],
];

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/[\s\u00a0]+/g, ' ').trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

/** The front matter at the start of `text`, or undefined when there is none (or it is not YAML). */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const m = BLOCK.exec(text);
  if (!m) return undefined;
  let data: unknown;
  try {
    data = parse(m[1] ?? '');
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const fields = data as Record<string, unknown>;
  const out: FrontMatter = { end: m[0].length, details: [] };
  // Catalogue titles of UN resolutions end in " :" (the subtitle separator of the record).
  const title = scalar(fields['title'])?.replace(/\s*:$/, '').replace(/\s+:\s+/g, ': ');
  if (title) out.title = title;
  const date = scalar(fields['date']);
  if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) out.date = date.slice(0, 10);
  const seen = new Set<string>();
  for (const [key, name] of SHOWN) {
    const value = scalar(fields[key]);
    if (!value || seen.has(name)) continue;
    seen.add(name);
    out.details.push({ name, value });
  }
  return out;
}
