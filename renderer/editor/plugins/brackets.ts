/**
 * Negotiation brackets drawn as structure. The literal "[" and "]" stay in the text, so imports,
 * comparison, exports and the shared engine (which reads text) keep working; this plugin parses
 * each touched textblock with parseBrackets and decorates what it finds: a tinted span per
 * alternative (deeper brackets darker, alternatives after the first set off by a dashed rule), the
 * bracket characters muted as marks, attributions and notes as chips, and a count badge on each
 * paragraph with brackets open.
 *
 * Brackets are read per textblock: a bracket never spans paragraphs in the editor, and a
 * keystroke reparses one block. Brackets are those of the text with every suggestion accepted. Option blocks ("Option 1: / Option 2:") span paragraphs, so they
 * are counted by the panel's whole-draft parse but not tinted here.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { Decoration } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import type { BracketParse } from '../../../shared/negotiation/model';
import { parseBrackets } from '../../../shared/negotiation/parse';
import { forEachTextblockOf } from '../textblocks';
import { decorationSetOf } from '../decoration-build';
import { acceptedOffsetToPos as textOffsetToPos, acceptedText } from '../review/accepted-text';
import { forEachBlockOf, redrawBlocks } from '../touched';
import type { BlockRange } from '../touched';
import { partiesOf } from '../negotiation-attr';
import { acceptedAttributions } from '../attribution-marks';
import { blocksToRead } from './typing-pause';

/** Key of the brackets plugin; its state is the decorations. */
export const bracketsKey = new PluginKey<BracketsState>('brackets');

/** The decorations and the party list they were read with. */
export interface BracketsState {
  decorations: DecorationSet;
  parties: readonly string[];
}

const MAX_DEPTH_CLASS = 3;

// Parsing is pure in the block's text and the party list, so each block version is parsed once.
const cache = new WeakMap<Node, { parties: readonly string[]; parse: BracketParse }>();

/** The brackets of one textblock, read with the draft's parties; offsets are into its text. */
export function blockBrackets(block: Node, parties: readonly string[]): BracketParse {
  const hit = cache.get(block);
  if (hit && hit.parties === parties) return hit.parse;
  const parse = parseBrackets(acceptedText(block), { parties, attributions: acceptedAttributions(block) });
  cache.set(block, { parties, parse });
  return parse;
}

function partiesChip(parties: readonly string[]): HTMLElement {
  const chip = document.createElement('span');
  chip.className = 'cn-bracket-chip cn-party-chip';
  chip.textContent = parties.join(', ');
  chip.title = `Proposed by ${parties.join(', ')}`;
  chip.setAttribute('contenteditable', 'false');
  return chip;
}

function decorationsOfBlock(block: Node, pos: number, parties: readonly string[], out: Decoration[]): void {
  const parse = blockBrackets(block, parties);
  const inline = parse.brackets.filter((b) => b.kind === 'inline');
  if (inline.length === 0) return;
  const text = acceptedText(block);
  const at = (offset: number) => textOffsetToPos(block, pos, offset);
  out.push(Decoration.node(pos, pos + block.nodeSize, { class: 'cn-bracketed', 'data-open': String(inline.length) }));
  for (const bracket of inline) {
    const depth = Math.min(bracket.depth, MAX_DEPTH_CLASS);
    let tail = bracket.span.start;
    bracket.alternatives.forEach((alternative, index) => {
      const { start, end } = alternative.span;
      tail = Math.max(tail, end);
      out.push(Decoration.inline(at(start), at(end), { class: `cn-bracket cn-bracket--d${depth}` }, { bracket: bracket.id }));
      if (text[start] === '[' && text[end - 1] === ']') {
        // The opening mark of a later alternative carries the separator: a span split by inner decorations would draw it twice.
        const opening = index > 0 ? 'cn-bracket-mark cn-bracket-sep' : 'cn-bracket-mark';
        out.push(Decoration.inline(at(start), at(start + 1), { class: opening }), Decoration.inline(at(end - 1), at(end), { class: 'cn-bracket-mark' }));
      }
      const attribution = alternative.attribution;
      if (attribution?.source === 'data') {
        // Proposers kept as data: a chip after the "[", drawn, never part of the text.
        out.push(Decoration.widget(at(start + 1), () => partiesChip(alternative.parties), { side: 1, key: `att:${alternative.parties.join('|')}`, ignoreSelection: true }));
      } else if (attribution && attribution.span.end <= bracket.span.end) {
        tail = Math.max(tail, attribution.span.end);
        out.push(Decoration.inline(at(attribution.span.start), at(attribution.span.end), { class: 'cn-bracket-chip', title: `Proposed by ${alternative.parties.join(', ') || attribution.text}` }));
      }
    });
    // Slash alternatives ("[2030/2035]") are parts of one pair: its own "[" and "]" are the marks.
    const first = bracket.alternatives[0];
    if (first && text[bracket.span.start] === '[' && first.span.start > bracket.span.start) {
      const close = text.indexOf(']', tail);
      if (close !== -1 && close < bracket.span.end) {
        out.push(Decoration.inline(at(bracket.span.start), at(bracket.span.start + 1), { class: 'cn-bracket-mark' }), Decoration.inline(at(close), at(close + 1), { class: 'cn-bracket-mark' }));
        tail = close + 1;
      }
    }
    // What follows the last alternative inside the bracket's span is a note (or an attribution already drawn).
    const rest = text.slice(tail, bracket.span.end);
    if (rest.trim().length > 0) {
      const lead = rest.length - rest.trimStart().length;
      out.push(Decoration.inline(at(tail + lead), at(bracket.span.end), { class: 'cn-bracket-chip cn-bracket-note', title: 'Note on this bracket' }));
    }
  }
}

function decorationsIn(doc: Node, range: BlockRange, parties: readonly string[]): Decoration[] {
  const out: Decoration[] = [];
  forEachBlockOf(doc, range, (top, topPos) => forEachTextblockOf(top, topPos, (block, pos) => decorationsOfBlock(block, pos, parties, out)));
  return out;
}

function fresh(doc: Node): BracketsState {
  const parties = partiesOf(doc);
  return { decorations: decorationSetOf(doc, decorationsIn(doc, { from: 0, to: doc.content.size }, parties)), parties };
}

/** The brackets plugin: maps its decorations through each change and reparses only the blocks touched (the paragraph being typed in once typing pauses). */
export function brackets(): Plugin<BracketsState> {
  return new Plugin<BracketsState>({
    key: bracketsKey,
    state: {
      init: (_, state) => fresh(state.doc),
      apply: (tr, old, _oldState, newState) => {
        const ranges = blocksToRead(tr, newState);
        if (!tr.docChanged && ranges.length === 0) return old;
        // A new party list can turn "[X] [Kenya]" into an attribution anywhere: read it all again.
        if (partiesOf(tr.doc) !== old.parties) return fresh(tr.doc);
        return { decorations: redrawBlocks(old.decorations, tr, ranges, (range) => decorationsIn(tr.doc, range, old.parties)), parties: old.parties };
      },
    },
  });
}
