import { useEffect, useState } from 'react';
import { shareLink, teamOfTokenText, type CollabServer, type DraftSharing } from '../../shared/collab/schemas';
import type { DocNode } from '../../shared/model';
import { call } from '../api';
import { Dialog } from '../app/Dialog';
import { shareDraft } from './share';
import { TokenField } from './TokenField';

export interface ShareDialogProps {
  draftId: string;
  /** Already shared: the dialog shows the link to give the team. */
  sharing?: DraftSharing;
  doc(): DocNode;
  onShared(sharing: DraftSharing): void;
  /** A shared draft this machine had no token for: the token is now remembered, so connect again. */
  onTokenSaved?(): void;
  onClose(): void;
}

/** "Share this draft": the server's address and the team token, then the link for the team. */
export function ShareDialog(props: ShareDialogProps) {
  const [url, setUrl] = useState('ws://127.0.0.1:1234');
  const [token, setToken] = useState('');
  const [servers, setServers] = useState<CollabServer[] | null>(null);
  // A new share starts from the server used last.
  useEffect(() => {
    void call('settings.get', {}).then((s) => {
      setServers(s.servers);
      const last = s.servers.at(-1);
      if (last && !props.sharing) {
        setUrl(last.url);
        setToken(last.token);
      }
    }, () => undefined);
  }, [props.sharing]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shared, setShared] = useState<DraftSharing | null>(props.sharing ?? null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const { author } = await call('settings.get', {});
      const sharing = await shareDraft({ url, token: token.trim(), draftId: props.draftId, doc: props.doc(), user: author ?? { name: 'Guest', color: '#4338ca' } });
      const saved = await call('settings.rememberServer', { server: { url: sharing.url, team: sharing.team, token: token.trim() } });
      setServers(saved.servers);
      setShared(sharing);
      props.onShared(sharing);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  /** The token of an already shared draft, entered on a machine that had none for its server. */
  const saveToken = async (sharing: DraftSharing) => {
    const value = token.trim();
    if (teamOfTokenText(value) !== sharing.team) {
      setError(`This is not a token of the team “${sharing.team}” (its token starts with “${sharing.team}.”).`);
      return;
    }
    try {
      await call('settings.rememberServer', { server: { url: sharing.url, team: sharing.team, token: value } });
      props.onTokenSaved?.();
      props.onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const known = shared && servers?.some((s) => s.url === shared.url && s.team === shared.team);
  if (shared && servers && !known) {
    return (
      <Dialog
        title="Team token for this shared draft"
        onCancel={props.onClose}
        actions={[
          { label: 'Cancel', onClick: props.onClose },
          { label: 'Connect', onClick: () => void saveToken(shared), kind: 'primary', disabled: !token.trim() },
        ]}
      >
        <p>
          This draft is shared on {shared.url} by the team “{shared.team}”. Enter the team token to edit it live on this machine.
        </p>
        <TokenField label="Team token" value={token} onChange={setToken} onEnter={() => void saveToken(shared)} error={error} />
      </Dialog>
    );
  }
  if (shared) {
    return (
      <Dialog title="Shared draft" onCancel={props.onClose} actions={[{ label: 'Done', onClick: props.onClose, kind: 'primary' }]}>
        <p>Everyone of the team who opens this link with the team token edits this draft with you, live.</p>
        <label className="field">
          <span>Link for your team</span>
          <input readOnly value={shareLink(shared)} aria-label="Link for your team" onFocus={(e) => e.target.select()} />
        </label>
      </Dialog>
    );
  }
  return (
    <Dialog
      title="Share this draft"
      onCancel={props.onClose}
      actions={[
        { label: 'Cancel', onClick: props.onClose },
        { label: busy ? 'Sharing…' : 'Share', onClick: () => void submit(), kind: 'primary', disabled: busy || !url.trim() || !token.trim() },
      ]}
    >
      <p>The draft goes to your team’s Concord server; a copy stays on this machine and opens without the server.</p>
      <label className="field">
        <span>Server address</span>
        <input value={url} onChange={(e) => setUrl(e.target.value)} aria-label="Server address" placeholder="wss://concord.example.org" />
      </label>
      <TokenField label="Team token" value={token} onChange={setToken} onEnter={() => void submit()} error={error} />
    </Dialog>
  );
}
