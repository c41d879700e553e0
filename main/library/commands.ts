/**
 * The `library` commands of the CLI, in the shape main/cli.ts's command table takes:
 *   library add PATH...        import files and folders (.txt, .md, .html)
 *   library search "QUERY"     ranked clauses; --source ID --year YYYY --section NAME --limit N
 *   library variants           groups of near-identical clauses with their standard form
 *   library suggest "TEXT"     closest earlier clauses for a drafted paragraph
 *   library stats | sources | refresh
 * Every command takes --json for machine-readable output.
 */
import type { Span } from '../../shared/model';
import type { WordDiff } from '../../shared/diff/words';
import { LibraryFilters } from '../../shared/library/schemas';
import { suggestFor } from '../../shared/library/suggest';
import { libraryVariants } from '../../shared/library/variants';
import { ApiError } from '../../shared/api';
import { formatTable } from '../table';
import type { ImportResult, LibraryStore } from './store';

/** What the commands need of the handler context: the workspace's library, opened once. */
export interface LibraryContext {
  library(): Promise<LibraryStore>;
}

/** Positional words and --flags, as main/cli.ts parses them. */
export interface LibraryCommandArgs {
  words: string[];
  flags: Map<string, string | true>;
}

/** One CLI command. */
export interface LibraryCommand {
  usage: string;
  run(args: LibraryCommandArgs, ctx: LibraryContext): Promise<string>;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The library commands, keyed by their words. */
export const libraryCommands: Record<string, LibraryCommand> = {
  'library add': {
    usage: 'library add PATH... [--json]',
    async run(args, ctx) {
      if (args.words.length === 0) throw new ApiError('bad-request', 'Name at least one file or folder: npm run cli -- library add ~/declarations');
      const store = await ctx.library();
      const result = await store.importPaths(args.words, {
        onProgress: (p) => process.stderr.write(`\r${p.done}/${p.total} ${p.current.slice(-60).padEnd(60)}`),
      });
      process.stderr.write('\n');
      return args.flags.has('json') ? json({ ...result, stats: store.stats() }) : describeImport(result, store.stats().clauses);
    },
  },
  'library refresh': {
    usage: 'library refresh [--json]',
    async run(args, ctx) {
      const store = await ctx.library();
      const result = await store.refresh();
      return args.flags.has('json') ? json(result) : describeImport(result, store.stats().clauses);
    },
  },
  'library search': {
    usage: 'library search "QUERY" [--source ID] [--year YYYY] [--section NAME] [--limit N] [--json]',
    async run(args, ctx) {
      const query = args.words.join(' ');
      const filters = LibraryFilters.safeParse({
        source: stringFlag(args, 'source'),
        year: numberFlag(args, 'year'),
        section: stringFlag(args, 'section'),
      });
      if (!filters.success) throw new ApiError('bad-request', `Check the filters: ${filters.error.issues[0]?.message ?? 'invalid'}.`);
      const hits = (await ctx.library()).library.search(query, { filters: filters.data, limit: numberFlag(args, 'limit') ?? 10 });
      if (args.flags.has('json')) return json(hits);
      if (hits.length === 0) return `No clause matches "${query}".`;
      return hits
        .map((h, i) => `${i + 1}. ${marked(h.clause.text, h.highlights)}\n   ${h.clause.grain}, score ${h.score.toFixed(2)}, from ${sourcesLine(h.clause.sources)}`)
        .join('\n\n');
    },
  },
  'library variants': {
    usage: 'library variants [--limit N] [--per-group N] [--json]',
    async run(args, ctx) {
      const groups = libraryVariants((await ctx.library()).library, {
        limit: numberFlag(args, 'limit') ?? 20,
        variantLimit: numberFlag(args, 'per-group') ?? 10,
      });
      if (args.flags.has('json')) return json(groups);
      if (groups.length === 0) return 'No clause has near-identical wordings in the library yet.';
      return groups
        .map((g) =>
          [
            `STANDARD of ${g.size} wordings (${sourcesLine(g.standard.sources)}): ${g.standard.text}`,
            ...g.variants.map((v) => `  ${v.similarity.toFixed(2)} ${inlineDiff(v.diff)}\n       from ${sourcesLine(v.clause.sources)}`),
          ].join('\n'),
        )
        .join('\n\n');
    },
  },
  'library suggest': {
    usage: 'library suggest "PARAGRAPH" [--limit N] [--json]',
    async run(args, ctx) {
      const suggestions = suggestFor(args.words.join(' '), (await ctx.library()).library, numberFlag(args, 'limit') ?? 5);
      if (args.flags.has('json')) return json(suggestions);
      if (suggestions.length === 0) return 'No earlier clause is close to this paragraph.';
      return suggestions.map((s) => `${s.score.toFixed(2)} ${inlineDiff(s.diff)}\n     from ${sourcesLine(s.clause.sources)}`).join('\n\n');
    },
  },
  'library stats': {
    usage: 'library stats [--json]',
    async run(args, ctx) {
      const stats = (await ctx.library()).stats();
      if (args.flags.has('json')) return json(stats);
      return `${stats.sources} sources, ${stats.clauses} clauses (${stats.paragraphs} paragraphs, ${stats.sentences} sentences), last built ${stats.builtAt ?? 'never'}, in ${stats.folder}`;
    },
  },
  'library sources': {
    usage: 'library sources [--json]',
    async run(args, ctx) {
      const sources = (await ctx.library()).sources();
      if (args.flags.has('json')) return json(sources);
      return formatTable(['kind', 'name', 'bytes', 'path'], sources.map((s) => [s.kind, s.name, s.size, s.path]));
    },
  },
};

function describeImport(result: ImportResult, clauses: number): string {
  const lines = [
    `${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged, ${result.skipped.length} skipped; ${clauses} clauses in the library.`,
    ...result.skipped.map((s) => `  skipped ${s.path}: ${s.reason}`),
  ];
  if (result.cancelled) lines.push('Cancelled: the files read so far are kept.');
  return lines.join('\n');
}

/** The text with matched ranges in [brackets]. */
function marked(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += `${text.slice(at, s.start)}[${text.slice(s.start, s.end)}]`;
    at = s.end;
  }
  return out + text.slice(at);
}

/** A word diff as one line, wdiff-style: [-removed-]{+added+}. */
function inlineDiff(diff: WordDiff): string {
  return diff.ops.map((op) => (op.kind === 'equal' ? op.text : op.kind === 'delete' ? `[-${op.text}-]` : `{+${op.text}+}`)).join('');
}

function sourcesLine(sources: { title: string; date?: string | undefined }[]): string {
  const titles = sources.slice(0, 3).map((s) => (s.date ? `${s.title} (${s.date})` : s.title));
  return sources.length > 3 ? `${titles.join('; ')} and ${sources.length - 3} more` : titles.join('; ');
}

function stringFlag(args: LibraryCommandArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

function numberFlag(args: LibraryCommandArgs, name: string): number | undefined {
  const value = stringFlag(args, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new ApiError('bad-request', `--${name} takes a whole number, not "${value}".`);
  return n;
}
