/**
 * What the page shows of every plugin that draws on it: the gutter (provenance markers and
 * numbers), the checks' underlines, find's matches, the brackets and the live blocks, handed to
 * the view as one source (decoration-lookup.ts), not one set per plugin for the view to merge
 * block by block on every keystroke. Those plugins keep their decorations in their state.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { combinedDecorations } from '../decoration-lookup';
import { provenanceKey } from './provenance';
import { checksKey } from './checks';
import { findKey } from './find';
import { bracketsKey } from './brackets';
import { liveBlocksKey } from './live-blocks';

export const pageDecorationsKey = new PluginKey('pageDecorations');

/** The plugin drawing the others' decorations. */
export function pageDecorations(): Plugin {
  return new Plugin({
    key: pageDecorationsKey,
    props: {
      decorations: (state) =>
        combinedDecorations([
          provenanceKey.getState(state),
          checksKey.getState(state)?.decorations,
          findKey.getState(state)?.decorations,
          bracketsKey.getState(state)?.decorations,
          liveBlocksKey.getState(state),
        ]),
    },
  });
}
