/**
 * `npm run server`: the collaboration server for a delegation team.
 *
 *   npm run server -- team add eu-delegation --data DIR     prints the team's token, once
 *   npm run server -- team list --data DIR
 *   npm run server -- --port 1234 --data DIR [--host 127.0.0.1] [--postgres URL] [--redis HOST:PORT]
 */
import { parseArgs } from 'node:util';
import { startCollabServer } from './server/collab-server';
import { addTeam, readTeams } from './server/teams';

const USAGE = `Usage:
  npm run server -- --port N --data DIR [--host ADDR] [--postgres URL] [--redis HOST:PORT] [--max-message-bytes N]
  npm run server -- team add ID [--name "Full name"] --data DIR
  npm run server -- team list --data DIR`;

/** Reads "host:port" for Redis. */
function redisAddress(value: string): { host: string; port: number } {
  const match = /^([^:]+):(\d{1,5})$/.exec(value);
  if (!match) throw new Error(`--redis takes HOST:PORT, not "${value}"`);
  return { host: match[1] ?? '127.0.0.1', port: Number(match[2]) };
}

/** Runs the command line; resolves with the exit code (the server itself keeps running). */
export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      name: { type: 'string' },
      postgres: { type: 'string' },
      redis: { type: 'string' },
      'max-message-bytes': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.data) {
    process.stderr.write(`--data DIR is required (where teams and documents are kept)\n${USAGE}\n`);
    return 2;
  }
  if (positionals[0] === 'team') {
    if (positionals[1] === 'add' && positionals[2]) {
      const { team, token } = await addTeam(values.data, positionals[2], values.name);
      process.stdout.write(`Team "${team.name}" (${team.id}) added. Its token, shown only now:\n${token}\n`);
      return 0;
    }
    if (positionals[1] === 'list') {
      const { teams } = await readTeams(values.data);
      process.stdout.write(teams.map((t) => `${t.id}\t${t.name}\t${t.created}`).join('\n') + (teams.length ? '\n' : 'no teams yet\n'));
      return 0;
    }
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (positionals.length > 0) {
    process.stderr.write(`Unknown command "${positionals.join(' ')}"\n${USAGE}\n`);
    return 2;
  }
  const port = values.port === undefined ? 1234 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port takes 0 to 65535, not "${values.port}"`);
  const maxMessage = values['max-message-bytes'] === undefined ? undefined : Number(values['max-message-bytes']);
  // ws reads 0, a negative number or NaN as "no limit": refuse them rather than lift the limit.
  if (maxMessage !== undefined && !(Number.isSafeInteger(maxMessage) && maxMessage > 0)) {
    throw new Error(`--max-message-bytes takes a whole number of bytes above 0, not "${values['max-message-bytes']}"`);
  }
  const server = await startCollabServer({
    dataDir: values.data,
    port,
    host: values.host,
    postgres: values.postgres,
    redis: values.redis ? redisAddress(values.redis) : undefined,
    maxMessageBytes: maxMessage,
  });
  process.stdout.write(`Concord collaboration server on ${server.url}\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code !== 0) process.exit(code);
    },
    (error: unknown) => {
      process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
