/**
 * The command-line entry: the same handlers as both shells, for scripts and quick checks.
 * `npm run cli -- --help` lists the commands.
 */
import { ApiError } from '../shared/api';
import { compareCommands } from './commands/compare';
import { compileCommands } from './commands/compile';
import { exportCommands } from './commands/export';
import { libraryCommands } from './commands/library';
import { negotiationCommands } from './commands/negotiation';
import { readCommands } from './commands/read';
import { templateCommands } from './commands/templates';
import type { CliArgs, CliCommand } from './commands/types';
import { createContext } from './handlers/context';

/** Every command, keyed by its words ("templates list"). */
export const commands: Record<string, CliCommand> = { ...templateCommands, ...readCommands, ...compareCommands, ...compileCommands, ...libraryCommands, ...negotiationCommands, ...exportCommands };

/** Flags that take a value ("--format html"). */
const VALUE_FLAGS = new Set(['format', 'ignore', 'workspace', 'library', 'source', 'year', 'section', 'limit', 'paper', 'parties', 'author', 'as']);

/** Splits argv into the command key, positional words and --flags. */
export function parseArgs(argv: string[]): { key: string | undefined; args: CliArgs } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const repeated = new Map<string, string[]>();
  const record = (name: string, value: string) => {
    flags.set(name, value);
    repeated.set(name, [...(repeated.get(name) ?? []), value]);
  };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word.startsWith('--')) {
      const [name = '', value] = word.slice(2).split('=', 2);
      if (value !== undefined) record(name, value);
      else if (VALUE_FLAGS.has(name) && argv[i + 1] !== undefined) record(name, argv[++i] ?? '');
      else flags.set(name, true);
    } else positional.push(word);
  }
  const two = positional.slice(0, 2).join(' ');
  const key = commands[two] ? two : commands[positional[0] ?? ''] ? positional[0] : undefined;
  return { key, args: { words: positional.slice(key ? key.split(' ').length : 0), flags, repeated } };
}

function usage(): string {
  return ['Usage: npm run cli -- <command>', ...Object.values(commands).map((c) => `  ${c.usage}`), '  (every command takes --workspace DIR, default ~/Concord, and --library postgres://user@host/db for a shared library)'].join('\n');
}

/** Runs one command line; returns what to print and the exit code. */
export async function runCli(argv: string[]): Promise<{ output: string | Uint8Array; code: number }> {
  const { key, args } = parseArgs(argv);
  if (!key) return { output: usage(), code: argv.length === 0 || argv.includes('--help') ? 0 : 2 };
  const workspace = args.flags.get('workspace');
  const library = args.flags.get('library');
  const ctx = createContext({ shell: 'cli', workspace: typeof workspace === 'string' ? workspace : undefined, library: typeof library === 'string' ? library : undefined });
  try {
    return { output: await (commands[key] as CliCommand).run(args, ctx), code: 0 };
  } catch (error) {
    if (error instanceof ApiError) return { output: `Error: ${error.message}`, code: 1 };
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(process.argv.slice(2)).then(
    ({ output, code }) => {
      const stream = code === 0 ? process.stdout : process.stderr;
      stream.write(typeof output === 'string' ? `${output}\n` : output);
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`Concord failed: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
    },
  );
}
