/**
 * One library store per workspace per process: the handlers, the CLI and the shells share it,
 * so the index is loaded once and imports are serialized by the one store.
 */
import path from 'node:path';
import type { TemplateStore } from '../store/templates';
import { LibraryStore } from './store';
import type { BuiltinSource, ImportOptions } from './store';

/** What opening a workspace's library needs from the handler context. */
export interface LibraryContext {
  workspace: string;
  templates: Pick<TemplateStore, 'list' | 'bytes'>;
}

const open = new Map<string, Promise<LibraryStore>>();

/** The workspace's library, loaded (and brought in step with the templates) on first use. */
export function libraryFor(ctx: LibraryContext, progress: ImportOptions = {}): Promise<LibraryStore> {
  const key = path.resolve(ctx.workspace);
  let store = open.get(key);
  if (!store) {
    store = builtinsOf(ctx).then((builtins) => LibraryStore.open({ workspace: key, builtins }, progress));
    // A failed open must not stick: the next call tries again.
    store.catch(() => open.delete(key));
    open.set(key, store);
  }
  return store;
}

async function builtinsOf(ctx: LibraryContext): Promise<BuiltinSource[]> {
  const templates = await ctx.templates.list();
  return templates.map((t) => ({ id: t.id, name: t.file, bytes: () => ctx.templates.bytes(t.id) }));
}
