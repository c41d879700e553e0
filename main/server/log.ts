/**
 * The collaboration server's log: one JSON object per line on stderr, so a refusal can be
 * found with grep and read by a log collector alike.
 */
export type ServerLogEvent =
  | { event: 'listening'; url: string; persistence: string; redis: boolean }
  | { event: 'refused'; reason: string; document?: string; socket?: string }
  | { event: 'connected'; document: string; team: string; socket: string }
  | { event: 'error'; message: string }
  | { event: 'redis'; state: 'connected'; address: string }
  | { event: 'redis'; state: 'unreachable'; address: string; message: string };

export type ServerLog = (entry: ServerLogEvent) => void;

/** Writes each event with its time to stderr. */
export const stderrLog: ServerLog = (entry) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};
