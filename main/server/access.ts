/**
 * Who may open which shared document: a token opens only the documents of its own team, and
 * one connection holds a bounded number of documents. Refusals are logged and thrown, which
 * Hocuspocus turns into a closed document for that client while the server keeps serving.
 */
import type { Extension, onAuthenticatePayload, onDisconnectPayload } from '@hocuspocus/server';
import { parseDocumentName, type TeamsFile } from '../../shared/collab/schemas';
import type { ServerLog } from './log';
import { teamOfToken } from './teams';

export interface AccessOptions {
  /** Read at each connection, so a team added while the server runs can connect. */
  teams: () => Promise<TeamsFile>;
  maxDocumentsPerConnection: number;
  log: ServerLog;
}

/** The context a connection carries once authenticated. */
export interface AccessContext {
  team: string;
}

/** The Hocuspocus extension that authenticates and bounds connections. */
export function accessControl(opts: AccessOptions): Extension {
  const openBySocket = new Map<string, Set<string>>();
  const refuse = (reason: string, data: { documentName: string; socketId: string }): never => {
    opts.log({ event: 'refused', reason, document: data.documentName, socket: data.socketId });
    // Hocuspocus sends `reason` to the client with its permission-denied message.
    throw Object.assign(new Error(reason), { reason });
  };
  return {
    extensionName: 'concord-access',
    async onAuthenticate(data: onAuthenticatePayload): Promise<AccessContext> {
      const name = parseDocumentName(data.documentName);
      if (!name) return refuse('not a Concord document name', data);
      const team = teamOfToken(await opts.teams(), data.token);
      if (!team) return refuse(data.token ? 'unknown token' : 'no token', data);
      if (team.id !== name.team) return refuse(`a token of team "${team.id}" cannot open a document of another team`, data);
      const open = openBySocket.get(data.socketId) ?? new Set<string>();
      if (!open.has(data.documentName) && open.size >= opts.maxDocumentsPerConnection) {
        return refuse(`one connection may hold at most ${opts.maxDocumentsPerConnection} documents`, data);
      }
      open.add(data.documentName);
      openBySocket.set(data.socketId, open);
      opts.log({ event: 'connected', document: data.documentName, team: team.id, socket: data.socketId });
      return { team: team.id };
    },
    async onDisconnect(data: onDisconnectPayload): Promise<void> {
      const open = openBySocket.get(data.socketId);
      if (!open) return;
      open.delete(data.documentName);
      if (open.size === 0) openBySocket.delete(data.socketId);
    },
  };
}
