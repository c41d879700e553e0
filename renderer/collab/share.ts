/**
 * Putting a draft on a collaboration server: connect with the team token, give the server's
 * copy the draft's text (only when it has none, so sharing twice never doubles the text),
 * and wait until the server has it, with a clear reason when it cannot.
 */
import { prosemirrorJSONToYXmlFragment } from 'y-prosemirror';
import { DraftSharing, SharedDraftId, teamOfTokenText } from '../../shared/collab/schemas';
import type { DocNode } from '../../shared/model';
import type { Author } from '../../shared/settings/schemas';
import { schema } from '../editor/schema';
import { openSharedDraft } from './session';

const WAIT_MS = 10_000;

/** Shares `doc` as `<team>/<draftId>` on `url`; resolves with the sharing to keep in the draft. */
export async function shareDraft(opts: { url: string; token: string; draftId: string; doc: DocNode; user: Author; WebSocketPolyfill?: unknown }): Promise<DraftSharing> {
  const team = teamOfTokenText(opts.token);
  if (!team) throw new Error('This is not a Concord team token (it starts with the team’s id and a dot).');
  const draft = SharedDraftId.safeParse(opts.draftId.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 80));
  if (!draft.success) throw new Error('This draft has no id that can be shared.');
  const parsed = DraftSharing.safeParse({ url: opts.url.trim(), team, document: `${team}/${draft.data}` });
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'The server address is not valid.');
  const sharing = parsed.data;
  const session = openSharedDraft({ url: sharing.url, document: sharing.document, token: opts.token, user: opts.user, keepLocalCopy: false, WebSocketPolyfill: opts.WebSocketPolyfill });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      session.serverSynced,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Could not reach the server at ${sharing.url} within ${WAIT_MS / 1000} s.`)), WAIT_MS);
        session.onStatus((status) => {
          if (status.state === 'refused') {
            clearTimeout(timer);
            reject(new Error(`The server refused the token: ${status.reason}.`));
          }
        });
      }),
    ]);
    if (session.fragment.length === 0) {
      session.ydoc.transact(() => {
        prosemirrorJSONToYXmlFragment(schema, opts.doc, session.fragment);
        for (const [key, value] of Object.entries(opts.doc.attrs ?? {})) session.attrs.set(key, value);
      });
    }
    const end = Date.now() + WAIT_MS;
    while (session.provider.hasUnsyncedChanges) {
      if (Date.now() > end) throw new Error('The server did not confirm it received the draft.');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return sharing;
  } finally {
    clearTimeout(timer);
    session.destroy();
  }
}
