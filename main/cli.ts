/**
 * The command-line entry: the same handlers as both shells, for scripts and quick checks.
 *   npm run cli -- templates list [--json]
 *   npm run cli -- templates show ID
 *   npm run cli -- info
 */
import { ApiError } from '../shared/api';
import { createContext, type HandlerContext } from './handlers/context';
import { callChannel } from './handlers/index';
import { formatTable } from './table';

export interface CliArgs {
  /** Positional words after the command. */
  words: string[];
  flags: Map<string, string | true>;
}

export interface CliCommand {
  usage: string;
  run(args: CliArgs, ctx: HandlerContext): Promise<string>;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Every command, keyed by its words ("templates list"). */
export const commands: Record<string, CliCommand> = {
  info: {
    usage: 'info [--json]',
    async run(args, ctx) {
      const info = await callChannel('app.info', {}, ctx);
      return args.flags.has('json') ? json(info) : `${info.name} ${info.version} (${info.shell}, ${info.platform}), ${info.templatesCount} templates, workspace ${ctx.workspace}`;
    },
  },
  'templates list': {
    usage: 'templates list [--json]',
    async run(args, ctx) {
      const list = await callChannel('templates.list', {}, ctx);
      if (args.flags.has('json')) return json(list);
      return formatTable(
        ['id', 'title', 'words', 'date'],
        list.map((t) => [t.id, t.title.length > 70 ? `${t.title.slice(0, 69)}…` : t.title, t.words, t.date ?? '']),
      );
    },
  },
  'templates show': {
    usage: 'templates show ID [--json]',
    async run(args, ctx) {
      const t = await callChannel('templates.get', { id: args.words[0] ?? '' }, ctx);
      return args.flags.has('json') ? json(t) : t.text;
    },
  },
};

/** Splits argv into the command key, positional words and --flags. */
export function parseArgs(argv: string[]): { key: string | undefined; args: CliArgs } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word.startsWith('--')) {
      const [name = '', value] = word.slice(2).split('=', 2);
      const next = argv[i + 1];
      if (value !== undefined) flags.set(name, value);
      else if (VALUE_FLAGS.has(name) && next !== undefined) flags.set(name, argv[++i] ?? '');
      else flags.set(name, true);
    } else positional.push(word);
  }
  const two = positional.slice(0, 2).join(' ');
  const key = commands[two] ? two : commands[positional[0] ?? ''] ? positional[0] : undefined;
  return { key, args: { words: positional.slice(key ? key.split(' ').length : 0), flags } };
}

/** Flags that take a value ("--format html"). */
const VALUE_FLAGS = new Set(['format', 'ignore', 'workspace', 'out', 'source', 'year', 'section', 'limit']);

function usage(): string {
  return ['Usage: npm run cli -- <command>', ...Object.values(commands).map((c) => `  ${c.usage}`), '  (--workspace DIR for every command)'].join('\n');
}

/** Runs one command line; returns the text to print and the exit code. */
export async function runCli(argv: string[]): Promise<{ output: string; code: number }> {
  const { key, args } = parseArgs(argv);
  if (!key) return { output: usage(), code: argv.length === 0 || argv.includes('--help') ? 0 : 2 };
  const workspace = args.flags.get('workspace');
  const ctx = createContext({ shell: 'cli', workspace: typeof workspace === 'string' ? workspace : undefined });
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
      (code === 0 ? process.stdout : process.stderr).write(`${output}\n`);
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`Concord failed: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
    },
  );
}
