/**
 * Live drafting checks: the reader's warnings (spacing, doubled words, brackets, quotes, glued
 * numbers) run on every block as it is edited, shown as underlines with the message as a tooltip
 * and listed for the checks panel. They read the text as it would be with every suggestion
 * accepted: words suggested out are not checked.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { Decoration } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import type { NumberStyle, TextWarning } from '../../../shared/model';
import { readNumber } from '../../../shared/text/numbers';
import { checkBlockText, checkNumbering } from '../../../shared/text/warnings';
import { forEachTextblockOf } from '../textblocks';
import { decorationSetOf } from '../decoration-build';
import { acceptedOffsetToPos as textOffsetToPos, acceptedText } from '../review/accepted-text';
import { forEachBlockOf, redrawBlocks } from '../touched';
import type { BlockRange } from '../touched';
import { docToDeclaration } from '../convert';
import { numberingKey } from './numbering';
import { blocksToRead, waitingBlock } from './typing-pause';
import type { BlockLabel } from '../numbering';

/** A warning placed in the draft: the reader's warning plus where it stands in the document. */
export interface DraftWarning {
  kind: TextWarning['kind'];
  message: string;
  suggestion?: string;
  /** Document positions of the flagged text. */
  from: number;
  to: number;
  /** The flagged text, for the panel. */
  excerpt: string;
  /** A numbering warning flags the displayed number, which is not text. */
  onNumber?: boolean;
}

/**
 * The checks' decorations, which are also the list of warnings: each carries its warning in its
 * spec, so positions stay right as the text around them moves.
 */
export interface ChecksState {
  decorations: DecorationSet;
  /** The labels the numbering warnings were computed for, to skip that work while they hold. */
  labels: readonly BlockLabel[] | null;
  /** How many numbering warnings the set holds. */
  numberWarnings: number;
}

/** Key of the checks plugin; its state is a ChecksState. */
export const checksKey = new PluginKey<ChecksState>('checks');

/** Numbers the reader reads but a numbered block never needs typed: "3.", "(b)", "IV.", "1.2". */
const LIST_NUMBER_STYLES = new Set<NumberStyle>(['decimal', 'decimal-paren', 'multilevel', 'alpha-paren', 'alpha-dot', 'roman']);

/** A number typed at the start of a numbered block: "3. We agree", "(b) to trade". */
function typedNumber(block: Node, text: string): TextWarning[] {
  if (block.type.name !== 'numbered' && block.type.name !== 'subitem') return [];
  const read = readNumber(text);
  if (!read || !LIST_NUMBER_STYLES.has(read.style)) return [];
  const typed = read.raw;
  return [
    {
      kind: 'other',
      span: { start: read.start, end: read.start + typed.length },
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
    const text = acceptedText(block);
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
      excerpt: decl.text.slice(warning.span.start, warning.span.end),
      onNumber: true,
    };
  });
}

function textWarningsIn(doc: Node, range: BlockRange): DraftWarning[] {
  const placed: DraftWarning[] = [];
  forEachBlockOf(doc, range, (top, topPos) => {
    forEachTextblockOf(top, topPos, (block, pos) => {
      const warnings = blockWarnings(block);
      if (warnings.length === 0) return;
      const text = acceptedText(block);
      for (const warning of warnings) {
        const from = textOffsetToPos(block, pos, warning.span.start);
        placed.push({
          kind: warning.kind,
          message: warning.message,
          ...(warning.suggestion !== undefined ? { suggestion: warning.suggestion } : {}),
          from,
          to: Math.max(from, textOffsetToPos(block, pos, warning.span.end)),
          excerpt: text.slice(warning.span.start, warning.span.end),
        });
      }
    });
  });
  return placed;
}

/** Every text warning of `doc`, placed, in document order. */
export function draftWarnings(doc: Node): DraftWarning[] {
  return textWarningsIn(doc, { from: 0, to: doc.content.size });
}

function decoration(doc: Node, warning: DraftWarning): Decoration {
  if (warning.onNumber) {
    const block = doc.resolve(warning.from).parent;
    return Decoration.node(warning.from - 1, warning.from - 1 + block.nodeSize, { class: 'cn-number-warning' }, { warning });
  }
  const title = warning.suggestion ? `${warning.message} (${warning.suggestion})` : warning.message;
  const empty = warning.to === warning.from;
  // An empty span still gets a visible mark, on the character after it. The key (what is drawn
  // and listed) lets typing elsewhere in the paragraph keep the decoration (touched.ts).
  return Decoration.inline(
    warning.from,
    Math.max(warning.to, warning.from + 1),
    { class: `cn-warning cn-warning--${warning.kind}`, title },
    { warning, empty, key: `${warning.kind}|${title}|${warning.excerpt}|${String(empty)}` },
  );
}

const isNumberWarning = (spec: { warning?: DraftWarning }) => spec.warning?.onNumber === true;
const isTextWarning = (spec: { warning?: DraftWarning }) => !isNumberWarning(spec);

/** The checks plugin; place it after the numbering plugin, whose labels it reads. */
export function checks(): Plugin<ChecksState> {
  return new Plugin<ChecksState>({
    key: checksKey,
    state: {
      init: (_, state) => {
        const numbers = numberingWarnings(state.doc);
        const all = [...numbers, ...draftWarnings(state.doc)];
        return {
          decorations: decorationSetOf(state.doc, all.map((w) => decoration(state.doc, w))),
          labels: numberingKey.getState(state)?.labels ?? null,
          numberWarnings: numbers.length,
        };
      },
      apply: (tr, old, _oldState, newState) => {
        const ranges = blocksToRead(tr, newState);
        if (!tr.docChanged && ranges.length === 0) return old;
        const doc = tr.doc;
        let set = redrawBlocks(old.decorations, tr, ranges, (range) => textWarningsIn(doc, range).map((w) => decoration(doc, w)), isTextWarning);
        // Numbering warnings change only when a displayed number does, and exist only while
        // source numbers are kept.
        const labels = numberingKey.getState(newState)?.labels ?? null;
        let numberWarnings = old.numberWarnings;
        if ((!labels || labels !== old.labels) && (numberWarnings > 0 || doc.attrs['keepSourceNumbering'] === true)) {
          const numbers = numberingWarnings(doc);
          set = set.remove(set.find(undefined, undefined, isNumberWarning)).add(doc, numbers.map((w) => decoration(doc, w)));
          numberWarnings = numbers.length;
        }
        return { decorations: set, labels, numberWarnings };
      },
    },
  });
}

/**
 * The current warnings of an editor state, in document order, for the checks panel. The
 * paragraph whose checks wait for a pause in typing (typing-pause.ts) is checked here, as it is.
 */
export function listWarnings(state: EditorState): DraftWarning[] {
  const set = checksKey.getState(state)?.decorations;
  if (!set) return [];
  const waiting = waitingBlock(state);
  const outdated = new Set(waiting ? set.find(waiting.from + 1, waiting.to - 1, isTextWarning) : []);
  return set
    .find()
    .filter((d) => !outdated.has(d))
    .map((d) => {
      const spec = d.spec as { warning: DraftWarning; empty?: boolean };
      if (spec.warning.onNumber) return { ...spec.warning, from: d.from + 1, to: d.from + 1 };
      return { ...spec.warning, from: d.from, to: spec.empty ? d.from : d.to };
    })
    .concat(waiting ? textWarningsIn(state.doc, waiting) : [])
    .sort((a, b) => a.from - b.from);
}
