// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../renderer/api';
import type { BridgeReply, ConcordBridge } from '../../shared/bridge';

const info = { name: 'Concord', version: '1.0.0', shell: 'electron', platform: 'linux', templatesCount: 5 };
const electronWindow = () => window as Window & { concord?: ConcordBridge };

/** Electron's preload bridge answering every call with `reply`. */
function bridgeAnswering(reply: BridgeReply): void {
  electronWindow().concord = { invoke: () => Promise.resolve(reply), chooseLibraryPaths: () => Promise.resolve([]) };
}

describe('the renderer\'s client over IPC', () => {
  afterEach(() => {
    delete electronWindow().concord;
  });

  it('reads an answer the main side passed on as its worker\'s JSON bytes', async () => {
    bridgeAnswering({ ok: true, json: new TextEncoder().encode(JSON.stringify(info)) });
    expect(await call('app.info', {})).toEqual(info);
  });

  it('still checks such an answer against the contract', async () => {
    bridgeAnswering({ ok: true, json: new TextEncoder().encode(JSON.stringify({ ...info, templatesCount: 'five' })) });
    await expect(call('app.info', {})).rejects.toThrow(/does not match the API contract/);
  });

  it('says so when the bytes are not JSON', async () => {
    bridgeAnswering({ ok: true, json: new TextEncoder().encode('{"name":') });
    await expect(call('app.info', {})).rejects.toThrow(/not JSON/);
  });

  it('reads a plain answer as before', async () => {
    bridgeAnswering({ ok: true, data: info });
    expect(await call('app.info', {})).toEqual(info);
  });
});
