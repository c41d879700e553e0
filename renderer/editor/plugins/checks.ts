/**
 * Live drafting checks: the reader's warnings (spacing, doubled words, brackets, quotes, glued
 * numbers) run on every block as it is edited, shown as underlines with the message as a tooltip
 * and listed for the checks panel.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import type { Mappable } from 'prosemirror-transform';
import type { TextWarning } from '../../../shared/model';
import { checkBlockText, checkNumbering } from '../../../shared/text/warnings';
import { forEachTextblock, textOffsetToPos } from '../textblocks';
import { docToDeclaration } from '../convert';
import { numberingKey } from './numbering';
import type { BlockLabel } from '../numbering';

/** A warning placed in the draft: the reader's warning plus where it stands in the document. */
export interface DraftWarning {
  kind: TextWarning['kind'];
  message: string;
  suggestion?: string;
  /** Document positions of the flagged text. */
  from: number;
  to: number;
  /** Index of the top-level block it belongs to. */
  blockIndex: number;
  /** The flagged text, for the panel. */
  excerpt: string;
  /** A numbering warning flags the displayed number, which is not text. */
  onNumber?: boolean;
}

/** The warnings of a draft, in document order, and their underlines. */
export interface ChecksState {
  warnings: DraftWarning[];
  decorations: DecorationSet;
  /** The labels the numbering warnings were computed for, to skip the work while they hold. */
  labels: readonly BlockLabel[] | null;
  numbering: DraftWarning[];
}

/** Key of the checks plugin; its state is a ChecksState. */
export const checksKey = new PluginKey<ChecksState>('checks');

/** A number typed at the start of a numbered block: "3. We agree", "(b) to trade". */
const TYPED_NUMBER = /^\s*(?:\d{1,3}[.)]|\([a-z]{1,4}\)|[IVXLC]{1,6}\.)(?=\s|\p{L})/u;

function typedNumber(block: Node, text: string): TextWarning[] {
  if (block.type.name !== 'numbered' && block.type.name !== 'subitem') return [];
  const m = TYPED_NUMBER.exec(text);
  if (!m) return [];
  const typed = m[0].trim();
  return [
    {
      kind: 'other',
      span: { start: m[0].length - typed.length, end: m[0].length },
      message: `“${typed}” is typed: numbers are computed, so this paragraph shows two.`,
      suggestion: `Delete “${typed}”.`,
    },
  ];
}

// Checking a block is pure in its text and kind, so each block version is checked once.
const cache = new WeakMap<Node, TextWarning[]>();
function blockWarnings(block: Node): TextWarning[] {
  let warnings = cache.get(block);
  if (!warnings) {
    const text = block.textContent;
    warnings = [...typedNumber(block, text), ...checkBlockText(text)];
    cache.set(block, warnings);
  }
  return warnings;
}

/**
 * Numbering warnings (gaps, restarts) where numbers are the source's: in "keep source
 * numbering" mode. Computed numbers cannot have gaps. A warning points at its block's start.
 */
export function numberingWarnings(doc: Node): DraftWarning[] {
  if (doc.attrs['keepSourceNumbering'] !== true) return [];
  const decl = docToDeclaration(doc, { id: 'draft', sourceName: 'draft' });
  const starts: number[] = [];
  doc.forEach((_block, offset) => starts.push(offset));
  return checkNumbering(decl.text, decl.blocks).map((warning) => {
    const blockIndex = decl.blocks.findIndex((b) => b.id === warning.blockId);
    const at = (starts[blockIndex] ?? 0) + 1;
    return {
      kind: warning.kind,
      message: warning.message,
      ...(warning.suggestion !== undefined ? { suggestion: warning.suggestion } : {}),
      from: at,
      to: at,
      blockIndex,
      excerpt: decl.text.slice(warning.span.start, warning.span.end),
      onNumber: true,
    };
  });
}

/** Every warning of `doc`, placed. */
export function draftWarnings(doc: Node): DraftWarning[] {
  const placed: DraftWarning[] = [];
  forEachTextblock(doc, (block, pos, blockIndex) => {
    const warnings = blockWarnings(block);
    if (warnings.length === 0) return;
    const text = block.textContent;
    for (const warning of warnings) {
      const from = textOffsetToPos(block, pos, warning.span.start);
      const to = Math.max(from, textOffsetToPos(block, pos, warning.span.end));
      placed.push({
        kind: warning.kind,
        message: warning.message,
        ...(warning.suggestion !== undefined ? { suggestion: warning.suggestion } : {}),
        from,
        to,
        blockIndex,
        excerpt: text.slice(warning.span.start, warning.span.end),
      });
    }
  });
  return placed;
}

function decoration(doc: Node, warning: DraftWarning): Decoration {
  if (warning.onNumber) {
    const block = doc.resolve(warning.from).parent;
    return Decoration.node(warning.from - 1, warning.from - 1 + block.nodeSize, { class: 'cn-number-warning' });
  }
  // An empty span (a missing space) still gets a visible mark on the character before it.
  const from = warning.to > warning.from ? warning.from : Math.max(0, warning.from - 1);
  return Decoration.inline(from, Math.max(warning.to, from + 1), {
    class: `cn-warning cn-warning--${warning.kind}`,
    title: warning.suggestion ? `${warning.message} (${warning.suggestion})` : warning.message,
  });
}

function compute(doc: Node, labels: readonly BlockLabel[] | null, previous: { state: ChecksState; mapping: Mappable } | null): ChecksState {
  // While the numbers hold, the numbering warnings only move with the text.
  const numbering =
    previous && labels && previous.state.labels === labels
      ? previous.state.numbering.map((w) => ({ ...w, from: previous.mapping.map(w.from), to: previous.mapping.map(w.to) }))
      : numberingWarnings(doc);
  const warnings = [...numbering, ...draftWarnings(doc)].sort((a, b) => a.from - b.from);
  return { warnings, decorations: DecorationSet.create(doc, warnings.map((w) => decoration(doc, w))), labels, numbering };
}

/** The checks plugin; place it after the numbering plugin, whose labels it reads. */
export function checks(): Plugin<ChecksState> {
  return new Plugin<ChecksState>({
    key: checksKey,
    state: {
      init: (_, state) => compute(state.doc, numberingKey.getState(state)?.labels ?? null, null),
      apply: (tr, old, _oldState, newState) => (tr.docChanged ? compute(tr.doc, numberingKey.getState(newState)?.labels ?? null, { state: old, mapping: tr.mapping }) : old),
    },
    props: { decorations: (state) => checksKey.getState(state)?.decorations },
  });
}

/** The current warnings of an editor state, for the checks panel. */
export function listWarnings(state: EditorState): DraftWarning[] {
  return checksKey.getState(state)?.warnings ?? [];
}
