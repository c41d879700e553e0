/**
 * A throwaway PostgreSQL server for tests and benches: a fresh cluster in a temporary folder, on
 * a free port of 127.0.0.1, trusted local connections only, durability switched off for speed,
 * removed when stopped. PostgreSQL refuses to run as root, so under root the cluster belongs
 * to the `postgres` system user (Debian's package creates it) and its tools run through runuser.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../../services/free-port';

const run = promisify(execFile);

/** Debian's PostgreSQL binaries; PG_BIN points elsewhere. */
export function postgresBin(): string | undefined {
  const candidates = [process.env.PG_BIN, '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'].filter((d): d is string => Boolean(d));
  return candidates.find((dir) => existsSync(path.join(dir, 'initdb')));
}

export interface ScratchPostgres {
  /** Connection string of the `postgres` database as the cluster's superuser. */
  url: string;
  port: number;
  /** Creates an empty database and returns its connection string. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
}

const SUPERUSER = 'concord';

/** Starts a server; throws with PostgreSQL's own words when it cannot. */
export async function startScratchPostgres(): Promise<ScratchPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql, or set PG_BIN to its bin folder).');
  const asRoot = process.getuid?.() === 0;
  const folder = mkdtempSync(path.join(os.tmpdir(), 'concord-pg-'));
  const data = path.join(folder, 'data');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(folder, uid, gid);
  }
  const tool = (name: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(bin, name), ...args]) : run(path.join(bin, name), args);
  await tool('initdb', ['-D', data, '-U', SUPERUSER, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = [`-p ${port}`, `-k ${folder}`, "-c listen_addresses='127.0.0.1'", '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=100'];
  await tool('pg_ctl', ['-D', data, '-l', path.join(folder, 'server.log'), '-o', options.join(' '), '-w', '-t', '60', 'start']);
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
    try {
      execFileSync(asRoot ? 'runuser' : path.join(bin, 'pg_ctl'), asRoot ? ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), ...args] : args, { stdio: 'ignore' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
  // A test run that dies midway still takes its server down.
  process.once('exit', stopNow);
  const url = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
      await tool('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', SUPERUSER, name]);
      return `postgres://${SUPERUSER}@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      process.removeListener('exit', stopNow);
      stopNow();
    },
  };
}
