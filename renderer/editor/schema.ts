/**
 * The one ProseMirror schema of a Concord draft, written as data: each node is a kind of block a
 * declaration has (title, meta line, preamble, heading, numbered and unnumbered paragraphs,
 * sub-items, footnotes, the list of parties, the signature block).
 *
 * Numbers are never part of the text: blocks keep the number their source carried in
 * `sourceNumber`, and the numbering plugin computes what is displayed. Where a block came from
 * an earlier declaration, its `provenance` attribute says which block and holds the source text,
 * so the gutter can tell verbatim from edited language.
 */
import { Schema } from 'prosemirror-model';
import type { AttributeSpec, DOMOutputSpec, MarkSpec, Node, NodeSpec, TagParseRule } from 'prosemirror-model';
import { Provenance } from '../../shared/model';
import { Negotiation } from '../../shared/negotiation/model';
import { ReviewComment } from '../../shared/review/model';
import { z } from 'zod';
import { reviewMarks } from './review/marks';
import { issuesText } from '../../shared/issues';

/** Rejects a provenance attribute that is not a Provenance record (from pasted HTML or a bad file). */
function validateProvenance(value: unknown): void {
  if (value === null) return;
  const parsed = Provenance.safeParse(value);
  if (!parsed.success) {
    throw new RangeError(`A paragraph's provenance is malformed (${issuesText(parsed.error)}). Remove the attribute or re-insert the clause from the library.`);
  }
}

const provenanceAttr: AttributeSpec = { default: null, validate: validateProvenance };
const sourceNumberAttr: AttributeSpec = { default: null, validate: 'string|null' };

/** The attributes shared by every block that can carry drafted language. */
const languageAttrs = { provenance: provenanceAttr, sourceNumber: sourceNumberAttr };

/** What the parse rules read from an element; structural, so the schema needs no DOM types. */
interface ElementLike {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

/** Reads a provenance attribute back from the DOM (copy and paste go through HTML). */
function provenanceFromDOM(dom: ElementLike): Provenance | null {
  const raw = dom.getAttribute('data-provenance');
  if (!raw) return null;
  try {
    const parsed = Provenance.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** DOM attributes for the shared language attributes, so they survive the clipboard. */
function languageDOMAttrs(node: Node): Record<string, string> {
  const attrs: Record<string, string> = {};
  const provenance = node.attrs['provenance'] as Provenance | null;
  if (provenance) attrs['data-provenance'] = JSON.stringify(provenance);
  const sourceNumber = node.attrs['sourceNumber'] as string | null;
  if (sourceNumber !== null) attrs['data-source-number'] = sourceNumber;
  return attrs;
}

/** The shared language attributes, read back from an element. */
function languageAttrsFromDOM(dom: ElementLike): Record<string, unknown> {
  return { provenance: provenanceFromDOM(dom), sourceNumber: dom.getAttribute('data-source-number') };
}

/** A parse rule for `tag` that restores the shared language attributes, and `more` read from the element. */
function languageRule(tag: string, more: (dom: ElementLike) => Record<string, unknown> = () => ({})): TagParseRule {
  return { tag, getAttrs: (dom) => ({ ...languageAttrsFromDOM(dom), ...more(dom) }) };
}

/** The id linking a footnote reference mark to its note; null where a source gave none. */
const noteAttr: AttributeSpec = { default: null, validate: 'string|null' };

/** The note id as a DOM attribute, so a copied mark or note keeps its link. */
function noteDOMAttr(node: Node): Record<string, string> {
  const note = node.attrs['note'] as string | null;
  return note === null ? {} : { 'data-note': note };
}

/** Rejects a negotiation log that does not fit its schema (a hand-edited or damaged draft file). */
function validateNegotiation(value: unknown): void {
  if (value === null) return;
  const parsed = Negotiation.safeParse(value);
  if (!parsed.success) {
    throw new RangeError(`The draft's negotiation log is malformed (${issuesText(parsed.error)}). Open a backup or an earlier version of the draft.`);
  }
}

/** Rejects comment threads that do not fit their schema (a hand-edited or damaged draft file). */
function validateComments(value: unknown): void {
  const parsed = z.array(ReviewComment).safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new RangeError(`The draft's comments are malformed (${first ? `${first.path.join('.') || 'value'}: ${first.message}` : 'unknown problem'}). Open a backup or an earlier version of the draft.`);
  }
}

/** A simple textblock spec rendered as `tag` with class `cn-<name>`. */
function textblock(name: string, tag: string): NodeSpec {
  return {
    group: 'block',
    content: 'inline*',
    attrs: languageAttrs,
    parseDOM: [languageRule(`${tag}.cn-${name}`)],
    toDOM: (node): DOMOutputSpec => [tag, { class: `cn-${name}`, ...languageDOMAttrs(node) }, 0],
  };
}

/** Every node of a draft, in the order the schema reads them (the first block type is the default). */
export const nodes = {
  doc: {
    content: 'block+',
    attrs: {
      keepSourceNumbering: { default: false, validate: 'boolean' },
      /**
       * The negotiation log (shared/negotiation/model.ts): the draft's parties and every
       * resolution. Brackets themselves are text; only what is not text lives here, so it is
       * saved with the draft and undone with it.
       */
      negotiation: { default: null, validate: validateNegotiation },
      /** The draft's comment threads; the words each is anchored to carry a `comment` mark with its id. */
      comments: { default: [], validate: validateComments },
    },
    // Whole blocks can be suggested in or out (a new paragraph, a deleted one).
    marks: 'insertion deletion modification',
  },
  /** An operative paragraph; its number is computed. */
  numbered: {
    ...textblock('numbered', 'p'),
    // A plain <p> from elsewhere reads as an operative paragraph, after every rule for Concord's own classes.
    parseDOM: [languageRule('p.cn-numbered'), { ...languageRule('p'), priority: 10 }],
  },
  /** An operative paragraph that carries no number. */
  paragraph: textblock('paragraph', 'p'),
  title: { ...textblock('title', 'h1'), parseDOM: [languageRule('h1.cn-title'), { ...languageRule('h1'), priority: 10 }] },
  /** Subtitle, place or date line under the title. */
  meta: textblock('meta', 'p'),
  /** "Recalling ...", "We, the ministers ...": the part before the operative paragraphs. */
  preamble: textblock('preamble', 'p'),
  heading: {
    group: 'block',
    content: 'inline*',
    attrs: {
      ...languageAttrs,
      level: { default: 1, validate: 'number' },
      /** Whether the heading shows a computed section number (I., II., ...). */
      numbered: { default: false, validate: 'boolean' },
      /** Whether the paragraph numbers after it start again at 1. */
      numbering: { default: 'continue', validate: (v: unknown) => checkNumbering(v) },
    },
    parseDOM: [2, 3, 4].map((n) =>
      languageRule(`h${n}`, (dom) => ({
        level: n - 1,
        numbered: dom.hasAttribute('data-numbered'),
        numbering: dom.getAttribute('data-numbering') === 'restart' ? 'restart' : 'continue',
      })),
    ),
    toDOM: (node): DOMOutputSpec => [
      `h${Math.min(3, Number(node.attrs['level'])) + 1}`,
      {
        class: 'cn-heading',
        'data-numbering': String(node.attrs['numbering']),
        ...(node.attrs['numbered'] === true ? { 'data-numbered': '' } : {}),
        ...languageDOMAttrs(node),
      },
      0,
    ],
  },
  /** "(a) ..." under a paragraph; `level` 2 and deeper use roman numerals. */
  subitem: {
    group: 'block',
    content: 'inline*',
    attrs: { ...languageAttrs, level: { default: 1, validate: 'number' } },
    parseDOM: [languageRule('p.cn-subitem', (dom) => ({ level: Number(dom.getAttribute('data-level')) || 1 }))],
    toDOM: (node): DOMOutputSpec => ['p', { class: 'cn-subitem', 'data-level': String(node.attrs['level']), ...languageDOMAttrs(node) }, 0],
  },
  /**
   * A footnote edited in place, shown with its marker ("*", "1"). `note` is the id its reference
   * mark carries: the link between the two, kept in files and exports (never the marker's text).
   */
  footnote: {
    group: 'block',
    content: 'inline*',
    attrs: { ...languageAttrs, marker: { default: '*', validate: 'string' }, note: noteAttr },
    parseDOM: [
      {
        ...languageRule('p.cn-footnote', (dom) => ({ marker: dom.getAttribute('data-marker') ?? '*', note: dom.getAttribute('data-note') })),
        contentElement: 'span.cn-footnote-text',
      },
    ],
    toDOM: (node): DOMOutputSpec => [
      'p',
      { class: 'cn-footnote', 'data-marker': String(node.attrs['marker']), ...noteDOMAttr(node), ...languageDOMAttrs(node) },
      ['span', { class: 'cn-footnote-marker', contenteditable: 'false', title: 'Go to the mark in the text' }, String(node.attrs['marker'])],
      ['span', { class: 'cn-footnote-text' }, 0],
    ],
  },
  /** The list of parties; each party is one item so that they can be counted. */
  parties: {
    group: 'block',
    content: 'party+',
    attrs: languageAttrs,
    parseDOM: [languageRule('ul.cn-parties')],
    toDOM: (node): DOMOutputSpec => ['ul', { class: 'cn-parties', ...languageDOMAttrs(node) }, 0],
  },
  party: {
    content: 'inline*',
    defining: true,
    parseDOM: [{ tag: 'li', context: 'parties/' }],
    toDOM: (): DOMOutputSpec => ['li', { class: 'cn-party' }, 0],
  },
  signature: textblock('signature', 'p'),
  text: { group: 'inline' },
  /** A line break inside a block (signature lines, addresses). */
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    leafText: () => '\n',
    parseDOM: [{ tag: 'br' }],
    toDOM: (): DOMOutputSpec => ['br'],
  },
  /**
   * Where a footnote is cited ("partners*"); its text is the marker, so block text stays as
   * written. Marks are numbered by the footnotes plugin unless `custom` (a symbol the user chose).
   */
  footnote_ref: {
    inline: true,
    group: 'inline',
    atom: true,
    attrs: { marker: { default: '*', validate: 'string' }, note: noteAttr, custom: { default: false, validate: 'boolean' } },
    leafText: (node: Node) => String(node.attrs['marker']),
    parseDOM: [
      {
        tag: 'sup.cn-footnote-ref',
        getAttrs: (dom) => ({ marker: dom.textContent || '*', note: dom.getAttribute('data-note'), custom: dom.hasAttribute('data-custom') }),
      },
    ],
    toDOM: (node): DOMOutputSpec => [
      'sup',
      { class: 'cn-footnote-ref', title: 'Go to the note', ...noteDOMAttr(node), ...(node.attrs['custom'] === true ? { 'data-custom': '' } : {}) },
      String(node.attrs['marker']),
    ],
  },
} satisfies Record<string, NodeSpec>;

/** Every mark of a draft. */
export const marks = {
  em: {
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
    toDOM: (): DOMOutputSpec => ['em', 0],
  },
  strong: {
    parseDOM: [{ tag: 'b' }, { tag: 'strong' }, { style: 'font-weight=bold' }],
    toDOM: (): DOMOutputSpec => ['strong', 0],
  },
  /** A link the source gave ("[text](url)"); kept as written, never followed by the editor. */
  link: {
    attrs: { href: { validate: 'string' } },
    inclusive: false,
    parseDOM: [{ tag: 'a[href]', getAttrs: (dom) => ({ href: dom.getAttribute('href') ?? '' }) }],
    toDOM: (mark): DOMOutputSpec => ['a', { href: String(mark.attrs['href']), class: 'cn-link', rel: 'noopener noreferrer' }, 0],
  },
  /**
   * Language quoted inside a paragraph from another declaration (a sentence-grain clause).
   * Whole paragraphs carry provenance as a node attribute instead, because the gutter's question
   * ("is this paragraph agreed language?") is asked per paragraph and must survive edits that
   * would split or drop a mark.
   */
  provenance: {
    attrs: {
      source: { validate: 'string' },
      blockId: { validate: 'string' },
      hash: { validate: 'string' },
    },
    inclusive: false,
    parseDOM: [
      {
        tag: 'span.cn-quoted',
        getAttrs: (dom) => ({
          source: dom.getAttribute('data-source') ?? '',
          blockId: dom.getAttribute('data-block') ?? '',
          hash: dom.getAttribute('data-hash') ?? '',
        }),
      },
    ],
    toDOM: (mark): DOMOutputSpec => [
      'span',
      {
        class: 'cn-quoted',
        'data-source': String(mark.attrs['source']),
        'data-block': String(mark.attrs['blockId']),
        'data-hash': String(mark.attrs['hash']),
      },
      0,
    ],
  },
  /**
   * Who proposed a bracketed alternative (a compilation's delegations), as data on its text rather
   * than words in it, so attributing never edits the paragraph; drawn as a chip, written as
   * "[EU, Japan: ...]" by the exports.
   */
  attribution: {
    attrs: { parties: { validate: (value: unknown) => checkParties(value) } },
    inclusive: false,
    parseDOM: [{ tag: 'span.cn-attributed', getAttrs: (dom) => partiesOfSpan(dom) }],
    // A JSON list, so a delegation's name may hold any character ("EU | Member States").
    toDOM: (mark): DOMOutputSpec => ['span', { class: 'cn-attributed', 'data-parties': JSON.stringify(mark.attrs['parties']) }, 0],
  },
  ...reviewMarks,
} satisfies Record<string, MarkSpec>;

const AttributionParties = z.array(z.string().min(1)).min(1);

function checkParties(value: unknown): void {
  if (!AttributionParties.safeParse(value).success) {
    throw new RangeError('An attribution names at least one delegation, each a non-empty string.');
  }
}

/** A pasted attribution's delegations; a span whose list cannot be read is not an attribution. */
function partiesOfSpan(dom: HTMLElement): { parties: string[] } | false {
  let json: unknown;
  try {
    json = JSON.parse(dom.getAttribute('data-parties') ?? '');
  } catch {
    return false;
  }
  const read = AttributionParties.safeParse(json);
  return read.success ? { parties: read.data } : false;
}

function checkNumbering(value: unknown): void {
  if (value !== 'continue' && value !== 'restart') {
    throw new RangeError(`A heading's numbering must be "continue" or "restart", not ${JSON.stringify(value)}.`);
  }
}

/** The schema every draft is read into. */
export const schema = new Schema({ nodes, marks });

/** Names of the nodes a block of a draft can be. */
export type NodeName = keyof typeof nodes;

/** The block kinds a user can switch a textblock between (toolbar, setBlockKind). */
export const textblockKinds = ['title', 'meta', 'preamble', 'heading', 'numbered', 'paragraph', 'subitem', 'footnote', 'signature'] as const;
export type TextblockKind = (typeof textblockKinds)[number];

/** The provenance attribute of a node, typed; null for new language and nodes that cannot carry it. */
export function provenanceOf(node: Node): Provenance | null {
  return (node.attrs['provenance'] as Provenance | null | undefined) ?? null;
}

/**
 * The text of a block as its source would have written it: party names and lines joined by
 * newlines. `textOf` reads each textblock (its textContent unless told otherwise).
 */
export function blockText(node: Node, textOf: (textblock: Node) => string = (n) => n.textContent): string {
  if (node.type === schema.nodes.parties) {
    const names: string[] = [];
    node.forEach((party) => names.push(textOf(party)));
    return names.join('\n');
  }
  return textOf(node);
}
