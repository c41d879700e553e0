/**
 * The saved clause index, a file made for loading: a magic line, the format version, a small
 * JSON header (declarations, terms, block ids and headings; LibraryIndexHeader), then the big
 * arrays end to end, each 8-byte aligned, so that loading views them in place instead of
 * parsing or re-indexing a million clause texts:
 *   ids (two u32 each, key-column.ts) · grains (u8) · term counts (u16) · text starts and ends (i32 each)
 *   · texts (token numbers, text-column.ts; a sentence's range lies inside its paragraph's)
 *   · source offsets (i32) · source declaration, block and heading (i32 each)
 *   · postings offsets per term (i32) · posting documents (i32) · posting counts (u8)
 *   · clause by id, a hash table (i32, key-table.ts)
 */
import { LIBRARY_SCHEMA_VERSION, LibraryIndexHeader } from './format';
import type { LibraryDeclaration } from './format';
import type { SavedTermIndex } from './termIndex';
import type { SavedTexts } from './text-column';

/** Raised on a saved index that is not a library of this version; the message says what is wrong. */
export class LibraryFormatError extends Error {
  override name = 'LibraryFormatError';
}

/** A library in saved form, documents numbered 0..n-1. */
export interface SavedLibrary {
  builtAt: string;
  declarations: LibraryDeclaration[];
  strings: string[];
  grains: Uint8Array;
  lengths: Uint16Array;
  texts: SavedTexts;
  /** Where each document's sources start (one more entry than documents). */
  sourceOffsets: Int32Array;
  sourceDeclarations: Int32Array;
  sourceBlocks: Int32Array;
  /** -1 for a source without a heading. */
  sourceHeadings: Int32Array;
  index: SavedTermIndex;
}

const MAGIC = 'CONCORD-LIBRARY\n';
const HEAD = MAGIC.length + 8;

const pad = (n: number) => (n + 7) & ~7;

function damaged(what: string): LibraryFormatError {
  return new LibraryFormatError(`The clause library file is damaged (${what}). It will be rebuilt from its sources.`);
}

/** The bytes of a saved library. */
export function encodeLibrary(saved: SavedLibrary): Uint8Array {
  const encoder = new TextEncoder();
  const header: LibraryIndexHeader = {
    builtAt: saved.builtAt,
    declarations: saved.declarations,
    strings: saved.strings,
    tokens: saved.texts.tokens,
    otherIds: saved.index.keys.others,
    terms: saved.index.terms,
    surfaces: saved.index.surfaces,
    counts: { docs: saved.grains.length, textBytes: saved.texts.bytes.length, sources: saved.sourceDeclarations.length, postings: saved.index.docs.length, keySlots: saved.index.keySlots.length },
  };
  const json = encoder.encode(JSON.stringify(header));
  const sections: ArrayBufferView[] = [
    saved.index.keys.words,
    saved.grains,
    saved.lengths,
    saved.texts.starts,
    saved.texts.ends,
    saved.texts.bytes,
    saved.sourceOffsets,
    saved.sourceDeclarations,
    saved.sourceBlocks,
    saved.sourceHeadings,
    saved.index.starts,
    saved.index.docs,
    saved.index.counts,
    saved.index.keySlots,
  ];
  let size = pad(HEAD + json.length);
  for (const section of sections) size += pad(section.byteLength);
  const out = new Uint8Array(size);
  out.set(encoder.encode(MAGIC));
  const view = new DataView(out.buffer);
  view.setUint32(MAGIC.length, LIBRARY_SCHEMA_VERSION, true);
  view.setUint32(MAGIC.length + 4, json.length, true);
  out.set(json, HEAD);
  let at = pad(HEAD + json.length);
  for (const section of sections) {
    out.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), at);
    at += pad(section.byteLength);
  }
  return out;
}

/** A saved library from its bytes; throws LibraryFormatError saying what is wrong. */
export function decodeLibrary(input: Uint8Array): SavedLibrary {
  const decoder = new TextDecoder();
  if (input.length < HEAD || decoder.decode(input.subarray(0, MAGIC.length)) !== MAGIC) throw damaged('not a Concord clause library');
  // Typed arrays need aligned offsets; a buffer that does not start on 8 bytes is copied once.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(MAGIC.length, true);
  if (version !== LIBRARY_SCHEMA_VERSION) {
    throw new LibraryFormatError(
      `The clause library was saved in format version ${version}; this Concord reads version ${LIBRARY_SCHEMA_VERSION}. It will be rebuilt from its sources.`,
    );
  }
  const jsonLength = view.getUint32(MAGIC.length + 4, true);
  if (HEAD + jsonLength > bytes.length) throw damaged('cut short in its header');
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(bytes.subarray(HEAD, HEAD + jsonLength)));
  } catch {
    throw damaged('its header is not readable');
  }
  const parsed = LibraryIndexHeader.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw damaged(`${issue?.message ?? 'unreadable'}${issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''}`);
  }
  const header = parsed.data;
  const { docs, textBytes, sources, postings, keySlots } = header.counts;
  let at = pad(HEAD + jsonLength);
  const take = <T>(make: (offset: number, length: number) => T, length: number, width: number): T => {
    if (at + length * width > bytes.length) throw damaged('cut short');
    const section = make(bytes.byteOffset + at, length);
    at += pad(length * width);
    return section;
  };
  const u8 = (length: number) => take((o, n) => new Uint8Array(bytes.buffer, o, n), length, 1);
  const u16 = (length: number) => take((o, n) => new Uint16Array(bytes.buffer, o, n), length, 2);
  const i32 = (length: number) => take((o, n) => new Int32Array(bytes.buffer, o, n), length, 4);
  const u32 = (length: number) => take((o, n) => new Uint32Array(bytes.buffer, o, n), length, 4);
  const keyWords = u32(docs * 2);
  const saved: SavedLibrary = {
    builtAt: header.builtAt,
    declarations: header.declarations,
    strings: header.strings,
    grains: u8(docs),
    lengths: u16(docs),
    texts: { tokens: header.tokens, starts: i32(docs), ends: i32(docs), bytes: u8(textBytes) },
    sourceOffsets: i32(docs + 1),
    sourceDeclarations: i32(sources),
    sourceBlocks: i32(sources),
    sourceHeadings: i32(sources),
    index: { terms: header.terms, surfaces: header.surfaces, starts: i32(header.terms.length + 1), docs: i32(postings), counts: u8(postings), keySlots: i32(keySlots), keys: { words: keyWords, others: header.otherIds } },
  };
  check(saved);
  return saved;
}

/** Every pointer inside the arrays points somewhere real. */
function check(saved: SavedLibrary): void {
  const docs = saved.grains.length;
  const within = (values: Int32Array, max: number, what: string, allowNone = false) => {
    // An indexed loop: an iterator over 25 million postings took a second.
    const min = allowNone ? -1 : 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as number;
      if (value >= max || value < min) throw damaged(`${what} #${value} is missing`);
    }
  };
  within(saved.sourceDeclarations, saved.declarations.length, 'a clause points at declaration');
  within(saved.sourceBlocks, saved.strings.length, 'a clause points at block');
  within(saved.sourceHeadings, saved.strings.length, 'a clause points at heading', true);
  within(saved.index.docs, docs, 'the index points at clause');
  const slots = saved.index.keySlots;
  // A power of two of slots, twice the clauses at least, each a clause number + 1 or empty.
  if (slots.length < 2 * docs || (slots.length & (slots.length - 1)) !== 0) throw damaged('its table of clause ids does not fit');
  within(slots, docs + 1, 'the table of clause ids points at clause');
  const ascending = (offsets: Int32Array, end: number, what: string) => {
    for (let i = 1; i < offsets.length; i++) if ((offsets[i] as number) < (offsets[i - 1] as number)) throw damaged(`${what} out of order`);
    if ((offsets[0] ?? 0) !== 0 || (offsets[offsets.length - 1] ?? 0) !== end) throw damaged(`${what} do not add up`);
  };
  const { starts, ends, bytes } = saved.texts;
  for (let doc = 0; doc < docs; doc++) {
    if ((starts[doc] as number) < 0 || (ends[doc] as number) < (starts[doc] as number) || (ends[doc] as number) > bytes.length) throw damaged(`the text of clause #${doc} is out of bounds`);
  }
  ascending(saved.sourceOffsets, saved.sourceDeclarations.length, 'clause sources');
  ascending(saved.index.starts, saved.index.docs.length, 'index postings');
  for (let doc = 0; doc < docs; doc++) if (saved.sourceOffsets[doc + 1] === saved.sourceOffsets[doc]) throw damaged(`clause #${doc} has no source`);
}
