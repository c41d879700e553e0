/**
 * Wire and file shapes of live co-drafting: the teams a collaboration server knows, the names
 * of shared documents, and the servers a user has shared drafts on. Types are inferred from
 * the schemas; the server and the app validate everything they read with them.
 */
import { z } from 'zod';

/** A team's id: lower-case letters, digits and dashes, as it appears in document names. */
export const TeamId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a team id is 1 to 40 lower-case letters, digits or dashes');
export type TeamId = z.infer<typeof TeamId>;

/** One team of a collaboration server. Only the token's SHA-256 is kept, never the token. */
export const TeamEntry = z.object({
  id: TeamId,
  name: z.string().min(1).max(200),
  tokenSha256: z.string().regex(/^[0-9a-f]{64}$/, 'tokenSha256 is 64 hexadecimal digits'),
  created: z.string(),
});
export type TeamEntry = z.infer<typeof TeamEntry>;

/** `teams.json` in the server's data folder. */
export const TeamsFile = z.object({
  version: z.literal(1),
  teams: z.array(TeamEntry),
});
export type TeamsFile = z.infer<typeof TeamsFile>;

/** The id of a shared draft inside its team: the draft's own id. */
export const SharedDraftId = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'a shared draft id is 1 to 80 letters, digits, _ or -');

/** A shared document's name on the server: `<team>/<draft>`; the team part is checked against the token. */
export const SharedDocumentName = z
  .string()
  .max(121)
  .regex(/^[a-z0-9][a-z0-9-]{0,39}\/[A-Za-z0-9_-]{1,80}$/, 'a document name is <team>/<draft>');

/** Splits a document name into its team and draft, or null when it is not one. */
export function parseDocumentName(name: string): { team: TeamId; draft: string } | null {
  if (!SharedDocumentName.safeParse(name).success) return null;
  const slash = name.indexOf('/');
  return { team: name.slice(0, slash), draft: name.slice(slash + 1) };
}

/** A server the user shares drafts on, remembered with its team token. */
export const CollabServer = z.object({
  url: z
    .string()
    .max(2000)
    .regex(/^wss?:\/\/[^\s/]+(\/[^\s]*)?$/, 'a collaboration server address starts with ws:// or wss://'),
  team: TeamId,
  token: z.string().min(16).max(200),
});
export type CollabServer = z.infer<typeof CollabServer>;

/** What a draft file says about the live document it is shared as. */
export const DraftSharing = z.object({
  url: CollabServer.shape.url,
  team: TeamId,
  document: SharedDocumentName,
});
export type DraftSharing = z.infer<typeof DraftSharing>;

/** The link a team member pastes to join a shared draft: the server's address, then `#team/draft`. */
export function shareLink(sharing: DraftSharing): string {
  return `${sharing.url}#${sharing.document}`;
}

/** Reads a share link back, or null when it is not one. */
export function parseShareLink(text: string): DraftSharing | null {
  const match = /^\s*(wss?:\/\/[^\s#]+)#([^\s#]+)\s*$/.exec(text);
  if (!match) return null;
  const parsed = DraftSharing.safeParse({ url: match[1], document: match[2], team: (match[2] ?? '').split('/')[0] });
  return parsed.success ? parsed.data : null;
}

/** The team a token of `npm run server -- team add` belongs to (its part before the dot). */
export function teamOfTokenText(token: string): string | null {
  const team = token.trim().split('.')[0] ?? '';
  return TeamId.safeParse(team).success && token.includes('.') ? team : null;
}
