/**
 * The editor state of a draft with every plugin it runs: history, keys, the pause in typing
 * before a paragraph is read again, numbering, provenance gutter, drafting checks, find,
 * negotiation brackets with their resolution log, suggesting mode and the comment margin. One
 * place, so the Editor component and the benchmark run the same editor.
 */
import { EditorState } from 'prosemirror-state';
import type { Command, Plugin } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { history } from 'prosemirror-history';
import { schema } from './schema';
import { draftKeymap } from './keymap';
import { typingPause } from './plugins/typing-pause';
import { numbering } from './plugins/numbering';
import { provenance } from './plugins/provenance';
import { checks } from './plugins/checks';
import { find } from './plugins/find';
import { brackets } from './plugins/brackets';
import { resolutions } from './plugins/resolutions';
import { liveBlocks } from './plugins/live-blocks';
import { pageDecorations } from './plugins/page-decorations';
import { undoSteps } from './plugins/undo-steps';
import { footnotes } from './plugins/footnotes';
import { freshSelection } from './plugins/fresh-selection';
import { suggesting } from './review/suggesting';
import { commentMargin } from './review/comment-margin';
import { collabPlugins, type CollabBinding } from '../collab/plugins';

/**
 * The plugins of a draft editor; `keys` adds host-owned bindings (Mod-f), `host` the app's own
 * (the bridge). A shared draft is bound to its Yjs document instead of keeping a local history.
 */
export function draftPlugins(keys: Record<string, Command> = {}, host: Plugin[] = [], collab?: CollabBinding): Plugin[] {
  return [...(collab ? collabPlugins(collab) : [history()]), freshSelection(), ...draftKeymap(keys), typingPause(), numbering(), provenance(), checks(), find(), brackets(), resolutions(), liveBlocks(), pageDecorations(), footnotes(), undoSteps(), ...suggesting(), commentMargin(), ...host];
}

/** A fresh editor state for `doc`. */
export function createDraftState(doc: Node, keys: Record<string, Command> = {}, host: Plugin[] = [], collab?: CollabBinding): EditorState {
  return EditorState.create({ schema, doc, plugins: draftPlugins(keys, host, collab) });
}
