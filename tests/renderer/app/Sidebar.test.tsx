// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { RecoveryList } from '../../../shared/api';
import { reactTestRoot } from '../react-root';

// The sidebar keeps the library panel mounted; its calls get an empty library.
vi.mock('../../../renderer/api', () => ({
  call: vi.fn(async (channel: string) => (channel === 'library.stats' ? { sources: 0, clauses: 0, paragraphs: 0, sentences: 0, folder: '/w', files: 0, warnings: [] } : [])),
}));

const { Sidebar } = await import('../../../renderer/app/Sidebar');

const STRAY = '.recovery/%zz-broken is not a recovery copy Concord can read; it was left alone.';

function renderSidebar(root: ReturnType<typeof reactTestRoot>, recoveries: RecoveryList): void {
  root.render(
    <Sidebar
      templates={{ status: 'done', data: [] }}
      drafts={{ status: 'done', data: [] }}
      recoveries={recoveries}
      selected={null}
      onOpenTemplate={() => undefined}
      onOpenDraft={() => undefined}
      onNewBlank={() => undefined}
      onRenameDraft={() => undefined}
      canInsert={false}
      onInsertClause={() => undefined}
    />,
  );
}

describe('the sidebar after a crash', () => {
  const root = reactTestRoot();

  it('offers the unsaved work and says which recovery files it skipped', async () => {
    renderSidebar(root, { recoveries: [{ path: 'kept.concord', title: 'Kept', savedAt: '2026-12-01T00:00:00.000Z' }], warnings: [STRAY] });
    await root.tick(0);
    expect(root.host.querySelector('[role="alert"]')?.textContent).toMatch(/Unsaved work found in “Kept”/);
    expect(root.host.querySelector('[role="status"]')?.textContent).toBe(STRAY);
  });

  it('shows the skipped files on the Drafts tab when there is nothing to restore', async () => {
    renderSidebar(root, { recoveries: [], warnings: [STRAY] });
    const drafts = [...root.host.querySelectorAll('[role="tab"]')].find((tab) => tab.textContent === 'Drafts') as HTMLButtonElement;
    act(() => drafts.click());
    await root.tick(0);
    expect(root.host.querySelector('.sidebar-warning')?.textContent).toBe(STRAY);
  });
});
