import { useEffect, useState } from 'react';
import { parseShareLink, type DraftSharing } from '../../shared/collab/schemas';
import { call } from '../api';
import { Dialog } from '../app/Dialog';
import { TokenField } from './TokenField';

/** "Join a shared draft": the link a team member sent, and the team token (remembered per server). */
export function JoinDialog({ onJoin, onClose }: { onJoin(sharing: DraftSharing): void; onClose(): void }) {
  const [link, setLink] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sharing = parseShareLink(link);
  const [known, setKnown] = useState<{ url: string; team: string; token: string }[]>([]);
  useEffect(() => {
    void call('settings.get', {}).then((s) => setKnown(s.servers), () => undefined);
  }, []);
  const remembered = sharing ? known.find((s) => s.url === sharing.url && s.team === sharing.team) : undefined;

  const submit = async () => {
    if (!sharing) return;
    const value = token.trim() || remembered?.token || '';
    if (!value) {
      setError('Please enter the team token.');
      return;
    }
    try {
      await call('settings.rememberServer', { server: { url: sharing.url, team: sharing.team, token: value } });
      onJoin(sharing);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Dialog
      title="Join a shared draft"
      onCancel={onClose}
      actions={[
        { label: 'Cancel', onClick: onClose },
        { label: 'Join', onClick: () => void submit(), kind: 'primary', disabled: !sharing },
      ]}
    >
      <label className="field">
        <span>Link from your team</span>
        <input value={link} onChange={(e) => setLink(e.target.value)} aria-label="Link from your team" placeholder="wss://concord.example.org#team/draft" />
      </label>
      {link && !sharing && <p className="field-error">This is not a Concord share link (it looks like ws://server#team/draft).</p>}
      <TokenField label={remembered ? 'Team token (remembered for this server)' : 'Team token'} value={token} onChange={setToken} onEnter={() => void submit()} error={error} />
    </Dialog>
  );
}
