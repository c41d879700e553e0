/**
 * The live side of an open draft: for a shared draft, the session with its server (token from
 * the remembered servers), its status and the versions everyone sees; nothing for a local one.
 * The editor is bound only once there is content to bind to (the local copy in IndexedDB, or
 * the server's), so a draft never opens empty and then fills.
 */
// The others' carets and names; here rather than beside the plugins, so the editor's state loads in Node (tests, benches).
import './collab.css';
import { useEffect, useState } from 'react';
import type { DraftSharing } from '../../shared/collab/schemas';
import type { Version } from '../../shared/model';
import { call } from '../api';
import type { CollabBinding } from './plugins';
import { openSharedDraft, type CollabStatus, type SharedDraftSession, type SharedVersion } from './session';

export type SharedDraftState =
  | { kind: 'local' }
  | { kind: 'no-token'; sharing: DraftSharing }
  /** The remembered servers could not be read: the local copy is shown, with the reason. */
  | { kind: 'failed'; message: string }
  | { kind: 'waiting'; status: CollabStatus }
  | { kind: 'ready'; session: SharedDraftSession; binding: CollabBinding; status: CollabStatus; versions: Version[] };

const GUEST = { name: 'Guest', color: '#4338ca' };

function asVersions(list: SharedVersion[]): Version[] {
  return list.map((v, i) => ({ id: `shared-${i}`, name: `${v.name} (${v.author})`, createdAt: v.at, doc: v.doc as Version['doc'] }));
}

/** Opens the shared session of `sharing` while the draft is open; a new `attempt` (a token just entered) opens it again. */
export function useSharedDraft(sharing: DraftSharing | undefined, attempt = 0): SharedDraftState {
  const [state, setState] = useState<SharedDraftState>(sharing ? { kind: 'waiting', status: { state: 'connecting', unsent: 0 } } : { kind: 'local' });
  const key = sharing ? `${sharing.url}#${sharing.document}` : '';

  useEffect(() => {
    if (!sharing) {
      setState({ kind: 'local' });
      return;
    }
    let session: SharedDraftSession | null = null;
    let stopped = false;
    void call('settings.get', {}).then((settings) => {
      if (stopped) return;
      const server = settings.servers.find((s) => s.url === sharing.url && s.team === sharing.team);
      if (!server) {
        setState({ kind: 'no-token', sharing });
        return;
      }
      const live = openSharedDraft({ url: sharing.url, document: sharing.document, token: server.token, user: settings.author ?? GUEST });
      session = live;
      const binding: CollabBinding = { fragment: live.fragment, awareness: live.provider.awareness!, attrs: live.attrs };
      let bound = false;
      const publish = () => {
        if (stopped) return;
        const status = live.status();
        if (!bound && live.fragment.length > 0) bound = true;
        setState(bound ? { kind: 'ready', session: live, binding, status, versions: asVersions(live.versions.toArray()) } : { kind: 'waiting', status });
      };
      live.onStatus(publish);
      live.versions.observe(publish);
      void live.localLoaded.then(publish);
      void live.serverSynced.then(publish);
      publish();
    }, (error: unknown) => {
      if (!stopped) setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      stopped = true;
      // y-prosemirror dispatches cursor updates on a zero timeout: let the editor go first.
      const closing = session;
      setTimeout(() => closing?.destroy(), 50);
    };
    // One session per shared document (and per attempt).
  }, [key, attempt]);

  return state;
}
