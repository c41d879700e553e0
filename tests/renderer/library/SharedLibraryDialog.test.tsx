// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reactTestRoot } from '../react-root';

const calls: { channel: string; request: unknown }[] = [];
let answer: () => unknown = () => ({});

vi.mock('../../../renderer/api', () => ({
  call: vi.fn(async (channel: string, request: unknown) => {
    calls.push({ channel, request });
    if (channel === 'settings.get') return { version: 1, author: null, servers: [], library: 'postgres://team@db.example:5432/clauses' };
    if (channel === 'settings.setLibrary') return answer();
    throw new Error(`unexpected ${channel}`);
  }),
}));

const { SharedLibraryDialog } = await import('../../../renderer/library/SharedLibraryDialog');

const dom = reactTestRoot();

beforeEach(() => {
  calls.length = 0;
  answer = () => ({});
});

const field = () => dom.host.querySelector<HTMLInputElement>('input[aria-label="Shared library address"]') as HTMLInputElement;
const save = () => [...dom.host.querySelectorAll('button')].find((b) => b.textContent === 'Save' || b.textContent === 'Connecting…') as HTMLButtonElement;

/** Types into the field as a user does (React listens for input events). */
function type(value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field(), value);
    field().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('SharedLibraryDialog', () => {
  it('shows the remembered address and saves a new one once the main side has connected', async () => {
    const onDone = vi.fn();
    dom.render(<SharedLibraryDialog onDone={onDone} />);
    await dom.tick(0);
    expect(field().value).toBe('postgres://team@db.example:5432/clauses');
    type('postgres://reader@db.example/ministry');
    await act(async () => save().click());
    expect(calls.find((c) => c.channel === 'settings.setLibrary')?.request).toEqual({ library: 'postgres://reader@db.example/ministry' });
    expect(onDone).toHaveBeenCalledWith(true);
  });

  it('refuses an address that is not PostgreSQL\'s before sending it', async () => {
    dom.render(<SharedLibraryDialog onDone={vi.fn()} />);
    await dom.tick(0);
    type('mysql://db.example/clauses');
    expect(dom.host.querySelector('.field-error')?.textContent).toMatch(/postgres:\/\/user@host:port\/database/);
    expect(save().disabled).toBe(true);
    expect(calls.some((c) => c.channel === 'settings.setLibrary')).toBe(false);
  });

  it('says why when the server cannot be reached, and stays open', async () => {
    answer = () => {
      throw new Error('Cannot reach the library database postgres://team@db.example:5432/clauses: connect ECONNREFUSED');
    };
    const onDone = vi.fn();
    dom.render(<SharedLibraryDialog onDone={onDone} />);
    await dom.tick(0);
    await act(async () => save().click());
    expect(dom.host.querySelector('[role=alert]')?.textContent).toMatch(/Cannot reach the library database .*ECONNREFUSED/);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('an empty address goes back to the workspace\'s own library', async () => {
    dom.render(<SharedLibraryDialog onDone={vi.fn()} />);
    await dom.tick(0);
    type('  ');
    await act(async () => save().click());
    expect(calls.find((c) => c.channel === 'settings.setLibrary')?.request).toEqual({ library: null });
  });
});
