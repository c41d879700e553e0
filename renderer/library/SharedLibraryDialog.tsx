import { useEffect, useState } from 'react';
import { LibraryUrl } from '../../shared/settings/schemas';
import { call } from '../api';
import { Dialog } from '../app/Dialog';

/**
 * Chooses the clause library: a team's shared one on PostgreSQL by its address, or, left
 * empty, this workspace's own. The main side connects before saving, so an address whose server
 * does not answer is shown with the reason and nothing changes.
 */
export function SharedLibraryDialog({ onDone }: { onDone(changed: boolean): void }) {
  const [address, setAddress] = useState('');
  const [state, setState] = useState<{ status: 'editing' | 'connecting' } | { status: 'failed'; message: string }>({ status: 'editing' });
  useEffect(() => {
    call('settings.get', {}).then(
      (settings) => setAddress((typed) => typed || (settings.library ?? '')),
      () => undefined,
    );
  }, []);
  const trimmed = address.trim();
  const parsed = trimmed === '' ? null : LibraryUrl.safeParse(trimmed);
  const valid = parsed === null || parsed.success;
  const save = async () => {
    if (!valid || state.status === 'connecting') return;
    setState({ status: 'connecting' });
    try {
      await call('settings.setLibrary', { library: trimmed === '' ? null : trimmed });
      onDone(true);
    } catch (error) {
      setState({ status: 'failed', message: (error as Error).message });
    }
  };
  return (
    <Dialog
      title="Clause library"
      onCancel={() => onDone(false)}
      actions={[
        { label: 'Cancel', onClick: () => onDone(false) },
        { label: state.status === 'connecting' ? 'Connecting…' : 'Save', onClick: () => void save(), kind: 'primary', disabled: !valid || state.status === 'connecting' },
      ]}
    >
      <label className="field">
        <span>Address of your team's shared library on PostgreSQL; leave empty for this workspace's own library</span>
        <input
          value={address}
          placeholder="postgres://user@host:5432/library"
          spellCheck={false}
          onChange={(e) => {
            setAddress(e.target.value);
            setState({ status: 'editing' });
          }}
          onKeyDown={(e) => e.key === 'Enter' && void save()}
          aria-label="Shared library address"
        />
      </label>
      <p className="lib-stats">Leave the password out: PostgreSQL reads it from ~/.pgpass or PGPASSWORD.</p>
      {parsed && !parsed.success && <p className="field-error">{parsed.error.issues[0]?.message}</p>}
      {state.status === 'failed' && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
    </Dialog>
  );
}
