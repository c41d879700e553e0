// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { DraftSharing } from '../../../shared/collab/schemas';
import { reactTestRoot } from '../react-root';

const call = vi.fn(async (_channel: string) => {
  throw new Error('the settings file is not readable');
});
vi.mock('../../../renderer/api', () => ({ call }));

const { useSharedDraft } = await import('../../../renderer/collab/useSharedDraft');

const SHARING: DraftSharing = { url: 'ws://127.0.0.1:1234', team: 'eu', document: 'eu/joint' };

function Probe() {
  const state = useSharedDraft(SHARING);
  return <p>{state.kind === 'failed' ? `failed: ${state.message}` : state.kind}</p>;
}

describe('a shared draft whose server settings cannot be read', () => {
  const root = reactTestRoot();

  it('says why instead of staying on “Connecting…”', async () => {
    root.render(<Probe />);
    expect(root.host.textContent).toBe('waiting');
    await root.tick(0);
    expect(root.host.textContent).toBe('failed: the settings file is not readable');
  });
});
