/**
 * The reading pipeline end to end: bytes (or already decoded text) to a Declaration and the
 * report of everything the reader changed, removed or found suspicious. Pure and synchronous,
 * so it runs the same in the main process, a worker, the browser host and the CLI.
 */
import type { Declaration, ImportReport } from '../model';
import { cleanText } from './clean';
import { decodeBytes } from './decode';
import { ReadError } from './errors';
import { ACCEPTED_FORMATS } from './schemas';
import { declarationFacts } from './facts';
import { readFrontMatter } from './front-matter';
import { looksLikeMarkdown, unDocument } from './genre';
import { sha256Hex } from './hash';
import { repairMojibake } from './repair';
import { segmentText } from './segment';
import { checkDeclaration } from './warnings';

/** Where a text comes from; formats that decode themselves (DOCX, HTML) say how they read it. */
export interface ReadSource {
  /** File or template name as the user knows it. */
  name: string;
  /** Declaration id; defaults to the first 16 hex digits of the source's sha-256. */
  id?: string;
  /** How the text was decoded, for the report; "text" when not given. */
  encoding?: string;
  bom?: boolean;
  /** sha-256 hex of the source bytes, when the caller has them; else that of the text's UTF-8. */
  hash?: string;
  /** The file says it is Markdown (.md); other texts are Markdown when their content shows it. */
  markdown?: boolean;
}

/** A read declaration and its import report. */
export interface ReadResult {
  declaration: Declaration;
  report: ImportReport;
}

/** Reads a declaration from a file's bytes (hashed here unless `source.hash` gives their sha-256); throws ReadError for files that are not readable text. */
export function readDeclaration(bytes: Uint8Array, source: ReadSource): ReadResult {
  const decoded = decodeBytes(bytes);
  return readDeclarationText(decoded.text, { ...source, encoding: decoded.encoding, bom: decoded.bom, hash: source.hash ?? sha256Hex(bytes) });
}

/** Reads a declaration from text already decoded (from HTML, Markdown, DOCX...). */
export function readDeclarationText(text: string, source: ReadSource): ReadResult {
  const repaired = repairMojibake(text);
  const front = readFrontMatter(repaired.text);
  const body = front ? repaired.text.slice(front.end) : repaired.text;
  const markdown = source.markdown === true || looksLikeMarkdown(body);
  const un = unDocument(body);
  const cleaned = cleanText(repaired.text, { frontMatterEnd: front?.end ?? 0, markdown, ...(un ? { un } : {}) });
  if (!/\S/.test(cleaned.text)) {
    throw new ReadError('no-text', `“${source.name}” contains no declaration text once page debris is removed. ${ACCEPTED_FORMATS}`);
  }
  const blocks = segmentText(cleaned.text, { markdown, links: cleaned.links, un: un !== undefined, ...(front?.title ? { knownTitle: front.title } : {}) });
  const facts = declarationFacts(blocks, front);
  const hash = source.hash ?? sha256Hex(new TextEncoder().encode(text));
  const declaration: Declaration = {
    id: source.id ?? hash.slice(0, 16),
    title: facts.title ?? source.name.replace(/\.[^.]+$/, ''),
    parties: facts.parties,
    text: cleaned.text,
    blocks,
    source: { name: source.name, hash },
  };
  if (facts.date) declaration.date = facts.date;
  if (facts.place) declaration.place = facts.place;
  if (facts.details.length > 0) declaration.details = facts.details;
  const report: ImportReport = {
    encoding: source.encoding ?? 'text',
    bom: source.bom ?? false,
    repairs: repaired.repairs,
    removals: cleaned.removals,
    warnings: checkDeclaration(cleaned.text, blocks),
  };
  return { declaration, report };
}
