import path from 'node:path';
import { ApiError } from '../../shared/api';
import { LibraryImportResult } from '../../shared/library/schemas';
import type { HandlerContext } from '../handlers/context';
import { callChannel } from '../handlers/index';
import { formatTable } from './table';
import { asJson, flag, type CliCommand } from './types';

const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export const libraryCommands: Record<string, CliCommand> = {
  'library add': {
    usage: 'library add PATH...                       import files and folders (.txt, .md, .html, .docx) into the clause library',
    async run(args, ctx) {
      const paths = args.words.map((p) => path.resolve(p));
      const { jobId } = await callChannel('library.importStart', { paths }, ctx);
      const result = LibraryImportResult.parse(await followJob(jobId, ctx));
      if (args.flags.has('json')) return asJson(result);
      const skipped = result.skipped.map((s) => `  skipped ${s.path}: ${s.reason}`);
      const stats = await callChannel('library.stats', {}, ctx);
      return [`added ${result.added}, updated ${result.updated}, unchanged ${result.unchanged}, skipped ${result.skipped.length}`, ...skipped, `library: ${asStats(stats)}`].join('\n');
    },
  },
  'library remove': {
    usage: 'library remove PATH                        drop an imported file and its clauses from the library',
    async run(args, ctx) {
      const file = args.words[0];
      if (!file) throw new ApiError('bad-request', 'Name the imported file to remove from the library.');
      const { removed } = await callChannel('library.remove', { path: path.resolve(file) }, ctx);
      return removed ? `Removed ${file} and its clauses from the library.` : `${file} is not a source of the library; nothing removed.`;
    },
  },
  'library search': {
    usage: 'library search "QUERY" [--json] [--limit N] [--source S] [--year Y] [--section S]',
    async run(args, ctx) {
      const year = flag(args, 'year');
      const filters = { source: flag(args, 'source'), section: flag(args, 'section'), year: year ? Number(year) : undefined };
      const hits = await callChannel('library.search', { query: args.words.join(' '), filters, limit: Number(flag(args, 'limit') ?? 20) }, ctx);
      if (args.flags.has('json')) return asJson(hits);
      return formatTable(
        ['score', 'clause', 'source'],
        hits.map((h) => [Number(h.score.toFixed(2)), cut(h.clause.text, 90), cut(h.clause.sources.map((s) => s.title).join('; '), 50)]),
      );
    },
  },
  'library variants': {
    usage: 'library variants [--json] [--limit N]      groups of near-identical clauses, standard form first',
    async run(args, ctx) {
      const groups = await callChannel('library.variants', { limit: Number(flag(args, 'limit') ?? 50) }, ctx);
      if (args.flags.has('json')) return asJson(groups);
      if (groups.length === 0) return 'No clause has variants yet: import more declarations.';
      return groups
        .map((g) => [`STANDARD  ${cut(g.standard.text, 110)}`, ...g.variants.map((v) => `  ${Math.round(v.similarity * 100)}%  ${cut(v.clause.text, 104)}`)].join('\n'))
        .join('\n\n');
    },
  },
  'library stats': {
    usage: 'library stats [--json]',
    async run(args, ctx) {
      const stats = await callChannel('library.stats', {}, ctx);
      return args.flags.has('json') ? asJson(stats) : asStats(stats);
    },
  },
};

const POLL_MS = 100;

/** Waits for a job, showing its progress on stderr; its result, or its failure as an ApiError. */
async function followJob(id: string, ctx: HandlerContext): Promise<unknown> {
  for (;;) {
    const job = await callChannel('jobs.get', { id }, ctx);
    process.stderr.write(`\r${job.done}/${job.total} ${cut(job.current, 60).padEnd(60)}`);
    if (job.state !== 'running') {
      process.stderr.write('\n');
      if (job.state === 'failed') throw new ApiError('internal', job.message ?? 'The import failed.');
      return job.result;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function asStats(s: { sources: number; clauses: number; paragraphs: number; sentences: number; folder: string }): string {
  return `${s.sources} sources, ${s.clauses} clauses (${s.paragraphs} paragraphs, ${s.sentences} sentences) in ${s.folder}`;
}
