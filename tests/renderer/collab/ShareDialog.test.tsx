// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { CollabServer, DraftSharing } from '../../../shared/collab/schemas';
import { reactTestRoot } from '../react-root';

const servers: CollabServer[] = [];
const call = vi.fn(async (channel: string, request: { server?: CollabServer }) => {
  if (channel === 'settings.rememberServer' && request.server) servers.push(request.server);
  return { version: 1, author: null, servers: [...servers] };
});
vi.mock('../../../renderer/api', () => ({ call }));

const { ShareDialog } = await import('../../../renderer/collab/ShareDialog');

const SHARING: DraftSharing = { url: 'ws://127.0.0.1:1234', team: 'eu', document: 'eu/joint' };

/** Types into the token field as a person would. */
function typeToken(host: HTMLElement, value: string): void {
  const input = host.querySelector<HTMLInputElement>('input[aria-label="Team token"]');
  if (!input) throw new Error('no token field');
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function button(host: HTMLElement, label: string): HTMLButtonElement {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

describe('Share… on a shared draft this machine has no token for', () => {
  const root = reactTestRoot();

  it('asks for the team token, refuses another team’s, and remembers the right one', async () => {
    servers.length = 0;
    const onTokenSaved = vi.fn();
    const onClose = vi.fn();
    root.render(<ShareDialog draftId="joint" sharing={SHARING} doc={() => ({ type: 'doc' })} onShared={() => undefined} onTokenSaved={onTokenSaved} onClose={onClose} />);
    await root.tick(0);
    expect(root.host.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Team token for this shared draft');
    typeToken(root.host, 'us.abcdefghijklmnopqrstuvwx');
    await act(async () => button(root.host, 'Connect').click());
    expect(root.host.querySelector('[role="alert"]')?.textContent).toBe('This is not a token of the team “eu” (its token starts with “eu.”).');
    expect(servers).toEqual([]);
    typeToken(root.host, 'eu.abcdefghijklmnopqrstuvwx');
    await act(async () => button(root.host, 'Connect').click());
    expect(servers).toEqual([{ url: SHARING.url, team: 'eu', token: 'eu.abcdefghijklmnopqrstuvwx' }]);
    expect(onTokenSaved).toHaveBeenCalledOnce();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows the link when the token is known', async () => {
    servers.splice(0, servers.length, { url: SHARING.url, team: 'eu', token: 'eu.abcdefghijklmnopqrstuvwx' });
    root.render(<ShareDialog draftId="joint" sharing={SHARING} doc={() => ({ type: 'doc' })} onShared={() => undefined} onClose={() => undefined} />);
    await root.tick(0);
    expect(root.host.querySelector<HTMLInputElement>('input[aria-label="Link for your team"]')?.value).toBe('ws://127.0.0.1:1234#eu/joint');
  });
});
