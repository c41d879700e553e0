import { useEffect, useState } from 'react';
import { shareLink, type DraftSharing } from '../../shared/collab/schemas';
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
  onClose(): void;
}

/** "Share this draft": the server's address and the team token, then the link for the team. */
export function ShareDialog(props: ShareDialogProps) {
  const [url, setUrl] = useState('ws://127.0.0.1:1234');
  const [token, setToken] = useState('');
  // The form starts from the server used last.
  useEffect(() => {
    void call('settings.get', {}).then((s) => {
      const last = s.servers.at(-1);
      if (last) {
        setUrl(last.url);
        setToken(last.token);
      }
    }, () => undefined);
  }, []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shared, setShared] = useState<DraftSharing | null>(props.sharing ?? null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const { author } = await call('settings.get', {});
      const sharing = await shareDraft({ url, token: token.trim(), draftId: props.draftId, doc: props.doc(), user: author ?? { name: 'Guest', color: '#4338ca' } });
      await call('settings.rememberServer', { server: { url: sharing.url, team: sharing.team, token: token.trim() } });
      setShared(sharing);
      props.onShared(sharing);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

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
