import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

const bridge = vi.hoisted(() => ({ exposed: new Map<string, unknown>(), invoked: [] as string[], handlers: new Map<string, (...args: unknown[]) => Promise<unknown>>() }));

vi.mock('electron', () => ({
  BrowserWindow: class {},
  shell: { openExternal: vi.fn() },
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => bridge.exposed.set(name, api) },
  ipcRenderer: {
    invoke: (channel: string) => {
      bridge.invoked.push(channel);
      return Promise.resolve({ ok: true, data: null });
    },
  },
  ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => Promise<unknown>) => bridge.handlers.set(channel, fn) },
}));

describe('Electron shell security', () => {
  beforeEach(() => {
    bridge.invoked.length = 0;
  });

  it('keeps the renderer sandboxed, isolated and without Node', async () => {
    const { webPreferences } = await import('../../main/window');
    expect(webPreferences('/p/preload.cjs')).toMatchObject({
      preload: '/p/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('enables the sandbox for every renderer and serves the CSP with the page', () => {
    const source = readFileSync('main/index.ts', 'utf8');
    expect(source).toContain('app.enableSandbox()');
    expect(source).toMatch(/'Content-Security-Policy': CONTENT_SECURITY_POLICY/);
    expect(source).toContain("contents.on('will-attach-webview'");
  });

  it('blocks navigation away from the app and new windows', () => {
    const source = readFileSync('main/window.ts', 'utf8');
    expect(source).toMatch(/will-navigate[\s\S]*preventDefault/);
    expect(source).toMatch(/setWindowOpenHandler[\s\S]*action: 'deny'/);
  });

  it('uses a strict CSP: nothing inline, nothing eval, nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('exposes one invoke on window.concord that only reaches the API channels', async () => {
    await import('../../main/preload/index');
    expect([...bridge.exposed.keys()]).toEqual(['concord']);
    const api = bridge.exposed.get('concord') as { invoke(channel: string, request: unknown): Promise<{ ok: boolean }> };
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(await api.invoke('shell.openExternal', {})).toMatchObject({ ok: false });
    expect(bridge.invoked).toEqual([]);
    await api.invoke('templates.list', {});
    expect(bridge.invoked).toEqual(['decl:templates.list']);
  });

  it('answers IPC only from its own window', async () => {
    const { registerIpc } = await import('../../main/ipc');
    const { createContext } = await import('../../main/handlers/context');
    registerIpc(createContext({ shell: 'electron', workspace: '/tmp/concord-ipc-test' }));
    const handler = bridge.handlers.get('decl:app.info');
    expect(handler).toBeDefined();
    expect(await handler?.({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler?.({ senderFrame: { url: 'concord://app/index.html' } }, {})).toMatchObject({ ok: true, data: { shell: 'electron' } });
    expect(await handler?.({ senderFrame: { url: 'concord://app/index.html' } }, { extra: 1 })).toMatchObject({ ok: true });
    const get = bridge.handlers.get('decl:templates.get');
    expect(await get?.({ senderFrame: { url: 'concord://app/index.html' } }, { id: 7 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
