import type { Handler } from './types';

/** Every draft in the workspace, most recent first. */
export const listDrafts: Handler<'drafts.list'> = (_req, ctx) => ctx.drafts.list();

/** A draft, with a newer recovery copy when one exists. */
export const openDraft: Handler<'drafts.open'> = (req, ctx) => ctx.drafts.open(req.path, { backup: req.backup ?? false });

/** Saves a draft atomically, keeping the previous file as .bak. */
export const saveDraft: Handler<'drafts.save'> = (req, ctx) => ctx.drafts.save(req.path, req.draft, req.mode);

/** Gives a draft another file name (the title changed, or the user renamed it). */
export const renameDraft: Handler<'drafts.rename'> = (req, ctx) => ctx.drafts.rename(req.path, req.to);

/** Writes the recovery copy of a draft being edited. */
export const autosaveDraft: Handler<'drafts.autosave'> = (req, ctx) => ctx.drafts.autosave(req.path, req.draft);

/** Drafts whose autosaved copy is newer than the file (offered after a crash). */
export const listRecoveries: Handler<'drafts.recoveries'> = (_req, ctx) => ctx.drafts.recoveries();

export const discardRecovery: Handler<'drafts.discardRecovery'> = async (req, ctx) => {
  await ctx.drafts.discardRecovery(req.path);
  return {};
};
