/**
 * Live drafting checks: the reader's warnings (spacing, doubled words, brackets, quotes, glued
 * numbers) run on every block as it is edited, shown as underlines with the message as a tooltip
 * and listed for the checks panel.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import type { TextWarning } from '../../../shared/model';
import { checkBlockText } from '../../../shared/text/warnings';
import { forEachTextblock, textOffsetToPos } from '../textblocks';

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
}

/** The warnings of a draft, in document order, and their underlines. */
export interface ChecksState {
  warnings: DraftWarning[];
  decorations: DecorationSet;
}

/** Key of the checks plugin; its state is a ChecksState. */
export const checksKey = new PluginKey<ChecksState>('checks');

// Checking a block is pure in its text, so each block version is checked once.
const cache = new WeakMap<Node, TextWarning[]>();
function blockWarnings(block: Node): TextWarning[] {
  let warnings = cache.get(block);
  if (!warnings) {
    warnings = checkBlockText(block.textContent);
    cache.set(block, warnings);
  }
  return warnings;
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

function underline(warning: DraftWarning): Decoration {
  // An empty span (a missing space) still gets a visible mark on the character before it.
  const from = warning.to > warning.from ? warning.from : Math.max(0, warning.from - 1);
  return Decoration.inline(from, Math.max(warning.to, from + 1), {
    class: `cn-warning cn-warning--${warning.kind}`,
    title: warning.suggestion ? `${warning.message} (${warning.suggestion})` : warning.message,
  });
}

function compute(doc: Node): ChecksState {
  const warnings = draftWarnings(doc);
  return { warnings, decorations: DecorationSet.create(doc, warnings.map(underline)) };
}

/** The checks plugin. */
export function checks(): Plugin<ChecksState> {
  return new Plugin<ChecksState>({
    key: checksKey,
    state: {
      init: (_, state) => compute(state.doc),
      apply: (tr, old) => (tr.docChanged ? compute(tr.doc) : old),
    },
    props: { decorations: (state) => checksKey.getState(state)?.decorations },
  });
}

/** The current warnings of an editor state, for the checks panel. */
export function listWarnings(state: EditorState): DraftWarning[] {
  return checksKey.getState(state)?.warnings ?? [];
}
