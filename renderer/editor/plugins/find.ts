/**
 * Find and replace: the search lives in plugin state so that matches follow edits and are
 * highlighted as decorations; the commands that drive it are in commands.ts. The decorations
 * are the matches: a keystroke re-searches only the blocks it touched.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { forEachTextblockOf, textOffsetToPos } from '../textblocks';
import { decorationSetOf } from '../decoration-build';
import { forEachBlockOf, redrawTouched } from '../touched';
import type { BlockRange } from '../touched';

/** What the find bar asks for. */
export interface FindQuery {
  text: string;
  caseSensitive: boolean;
}

/** A match, as document positions. */
export interface FindMatch {
  from: number;
  to: number;
}

/** The current search: its query, its highlighted matches and which one is current. */
export interface FindState {
  query: FindQuery;
  /** One decoration per match, plus one marking the current match. */
  decorations: DecorationSet;
  /** Index of the current match in document order, -1 when there is none. */
  current: number;
}

/** Key of the find plugin; its state is a FindState. */
export const findKey = new PluginKey<FindState>('find');

function matchesIn(doc: Node, query: FindQuery, range: BlockRange): FindMatch[] {
  if (query.text === '') return [];
  const needle = query.caseSensitive ? query.text : query.text.toLowerCase();
  const matches: FindMatch[] = [];
  forEachBlockOf(doc, range, (top, topPos) =>
    forEachTextblockOf(top, topPos, (block, pos) => {
      const text = query.caseSensitive ? block.textContent : block.textContent.toLowerCase();
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
        matches.push({ from: textOffsetToPos(block, pos, at), to: textOffsetToPos(block, pos, at + needle.length) });
      }
    }),
  );
  return matches;
}

/** Every occurrence of the query in the draft; matches never span two blocks. */
export function findMatches(doc: Node, query: FindQuery): FindMatch[] {
  return matchesIn(doc, query, { from: 0, to: doc.content.size });
}

const isCurrent = (spec: { current?: boolean }) => spec.current === true;
const highlight = (m: FindMatch) => Decoration.inline(m.from, m.to, { class: 'cn-find' });

function sortedMatches(set: DecorationSet): FindMatch[] {
  return set
    .find(undefined, undefined, (spec) => !isCurrent(spec))
    .map((d) => ({ from: d.from, to: d.to }))
    .sort((a, b) => a.from - b.from);
}

/** Puts the current-match mark on match `index` (clamped), replacing the old one. */
function withCurrent(doc: Node, query: FindQuery, set: DecorationSet, index: number): FindState {
  const matches = sortedMatches(set);
  const current = matches.length === 0 ? -1 : Math.min(Math.max(index, 0), matches.length - 1);
  let next = set.remove(set.find(undefined, undefined, isCurrent));
  const match = matches[current];
  if (match) next = next.add(doc, [Decoration.inline(match.from, match.to, { class: 'cn-find--current' }, { current: true })]);
  return { query, decorations: next, current };
}

/** The matches of an editor state's search, in document order. */
export function currentMatches(state: EditorState): FindMatch[] {
  const find = findKey.getState(state);
  return find ? sortedMatches(find.decorations) : [];
}

/** What a transaction can tell the find plugin through its meta. */
export type FindMeta = { query: FindQuery } | { current: number };

/** Attaches a find instruction to a transaction. */
export function withFindMeta(tr: Transaction, meta: FindMeta): Transaction {
  return tr.setMeta(findKey, meta);
}

const EMPTY: FindState = { query: { text: '', caseSensitive: false }, decorations: DecorationSet.empty, current: -1 };

/** The find plugin. */
export function find(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => EMPTY,
      apply: (tr, old) => {
        const meta = tr.getMeta(findKey) as FindMeta | undefined;
        const doc = tr.doc;
        if (meta && 'query' in meta) {
          return withCurrent(doc, meta.query, decorationSetOf(doc, findMatches(doc, meta.query).map(highlight)), 0);
        }
        if (old.query.text === '') return old;
        let set = old.decorations;
        if (tr.docChanged) {
          set = redrawTouched(set, tr, (range) => matchesIn(doc, old.query, range).map(highlight), (spec) => !isCurrent(spec));
        }
        if (meta && 'current' in meta) return withCurrent(doc, old.query, set, meta.current);
        return tr.docChanged ? withCurrent(doc, old.query, set, old.current) : old;
      },
    },
  });
}
