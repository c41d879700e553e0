/**
 * Find and replace: the search lives in plugin state so that matches follow edits and are
 * highlighted as decorations; the commands that drive it are in commands.ts.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { forEachTextblock, textOffsetToPos } from '../textblocks';

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

/** The current search: its query, its matches in document order and the one selected. */
export interface FindState {
  query: FindQuery;
  matches: FindMatch[];
  /** Index into matches of the current match, -1 when there is none. */
  current: number;
  decorations: DecorationSet;
}

/** Key of the find plugin; its state is a FindState. */
export const findKey = new PluginKey<FindState>('find');

/** Every occurrence of the query in the draft; matches never span two blocks. */
export function findMatches(doc: Node, query: FindQuery): FindMatch[] {
  if (query.text === '') return [];
  const needle = query.caseSensitive ? query.text : query.text.toLowerCase();
  const matches: FindMatch[] = [];
  forEachTextblock(doc, (block, pos) => {
    const text = query.caseSensitive ? block.textContent : block.textContent.toLowerCase();
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      matches.push({ from: textOffsetToPos(block, pos, at), to: textOffsetToPos(block, pos, at + needle.length) });
    }
  });
  return matches;
}

function build(doc: Node, query: FindQuery, current: number): FindState {
  const matches = findMatches(doc, query);
  const index = matches.length === 0 ? -1 : Math.min(Math.max(current, 0), matches.length - 1);
  const decorations = DecorationSet.create(
    doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === index ? 'cn-find cn-find--current' : 'cn-find' })),
  );
  return { query, matches, current: index, decorations };
}

/** What a transaction can tell the find plugin through its meta. */
export type FindMeta = { query: FindQuery } | { current: number };

/** Attaches a find instruction to a transaction. */
export function withFindMeta(tr: Transaction, meta: FindMeta): Transaction {
  return tr.setMeta(findKey, meta);
}

const EMPTY: FindQuery = { text: '', caseSensitive: false };

/** The find plugin. */
export function find(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: (_, state) => build(state.doc, EMPTY, -1),
      apply: (tr, old) => {
        const meta = tr.getMeta(findKey) as FindMeta | undefined;
        if (meta && 'query' in meta) return build(tr.doc, meta.query, 0);
        if (meta && 'current' in meta) return build(tr.doc, old.query, meta.current);
        if (tr.docChanged && old.query.text !== '') return build(tr.doc, old.query, old.current);
        if (tr.docChanged) return { ...old, decorations: DecorationSet.empty };
        return old;
      },
    },
    props: { decorations: (state) => findKey.getState(state)?.decorations },
  });
}
