/** Negotiation texts from the command line: their open brackets, the clean text, the trend across versions. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api';
import type { Declaration } from '../../shared/model';
import { readDeclarationBrackets } from '../../shared/negotiation/draft-lines';
import { fromBase64 } from '../services/base64';
import type { HandlerContext } from '../handlers/context';
import { readContained } from '../services/read-contained';
import { callChannel } from '../handlers/index';
import { formatTable } from './table';
import { asJson, flag, type CliArgs, type CliCommand } from './types';

/**
 * The text of a file named on the command line as the negotiation panel reads the draft made
 * from it (read as an import reads it, one line per block: shared/negotiation/draft-lines.ts),
 * so the command line counts the brackets the app counts.
 */
async function declarationOf(file: string | undefined, ctx: HandlerContext): Promise<Declaration> {
  if (!file) throw new ApiError('bad-request', 'Name the negotiation text to read (a .txt, .md or .docx file).');
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new ApiError('not-found', `Cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`);
  });
  return (await readContained(ctx.contained, path.basename(file), new Uint8Array(bytes))).declaration;
}

async function textOf(file: string | undefined, ctx: HandlerContext): Promise<string> {
  return readDeclarationBrackets(await declarationOf(file, ctx)).text;
}

const partiesOf = (args: CliArgs) => flag(args, 'parties')?.split(',').map((p) => p.trim()).filter(Boolean);

export const negotiationCommands: Record<string, CliCommand> = {
  'negotiation brackets': {
    usage: 'negotiation brackets FILE [--parties A,B] [--json]   open brackets of a text: totals, per section and delegation',
    async run(args, ctx) {
      const parties = partiesOf(args);
      const report = await callChannel('negotiation.parse', { text: await textOf(args.words[0], ctx), ...(parties ? { parties } : {}) }, ctx);
      if (args.flags.has('json')) return asJson(report);
      const { total, sections, parties: byParty } = report.tally;
      return [
        `${total.open} open (${total.alternatives} alternatives, ${total.optionSets} option sets, ${total.unattributed} unattributed), ${total.unbalanced} unbalanced`,
        '',
        formatTable(['section', 'open'], sections.map((s) => [s.section ?? '(before the first heading)', s.counts.open])),
        ...(byParty.length ? ['', formatTable(['delegation', 'open'], byParty.map((p) => [p.party, p.open]))] : []),
      ].join('\n');
    },
  },
  'negotiation clean': {
    usage: 'negotiation clean FILE [--keep-visible]           the clean text; refused while brackets are open unless kept visible',
    async run(args, ctx) {
      const mode = args.flags.has('keep-visible') ? 'keep-visible' : 'refuse';
      // The clean-text export of the app, numbers and notes in place; refused (a conflict) while brackets are open.
      const file = await callChannel('negotiation.export', { source: { kind: 'declaration', declaration: await declarationOf(args.words[0], ctx) }, format: 'clean-txt', mode, paper: 'a4' }, ctx);
      return new TextDecoder().decode(fromBase64(file.data));
    },
  },
  'negotiation trend': {
    usage: 'negotiation trend FILE... [--json]                 open brackets in each version, oldest file first',
    async run(args, ctx) {
      const versions = await Promise.all(args.words.map(async (file) => ({ name: path.basename(file), text: await textOf(file, ctx) })));
      const trend = await callChannel('negotiation.trend', { versions }, ctx);
      if (args.flags.has('json')) return asJson(trend);
      return formatTable(['version', 'open', 'unbalanced'], trend.points.map((p) => [p.name, p.open, p.unbalanced]));
    },
  },
};
